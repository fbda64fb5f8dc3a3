@echo off
rem Runs the sizing command line of this bundle on Windows. Needs only a Java 17 or later runtime:
rem the one in JAVA_HOME when it is set, otherwise the first java on the path. Arguments are passed
rem through unchanged and the exit code is the command's.
setlocal
set "SIZING_JAR=%~dp0..\lib\sizing.jar"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -jar "%SIZING_JAR%" %*
exit /b %ERRORLEVEL%
