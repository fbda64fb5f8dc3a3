package org.asrsizing.runbook;

/** Where the steps put and find files on a server, as the documents' examples do. */
final class ServerPaths {

  static final String EXTRACT_FOLDER = "C:\\Temp\\Extracted";
  static final String PASSPHRASE_FILE = "C:\\Temp\\passphrase.txt";
  static final String MYSQL_FILE = "C:\\Temp\\MySQLCredentialsfile.txt";
  static final String VAULT_FILE = "C:\\Temp\\vault.VaultCredentials";
  static final String PROXY_FILE = "C:\\Temp\\ProxySettingsConfiguration.ini";
  static final String AGENT_FOLDER = "%PROGRAMDATA%\\ASR\\Agent";
  static final String UNREGISTER_FOLDER = "%ProgramData%\\ASR\\home\\svsystems\\bin";

  private ServerPaths() {}
}
