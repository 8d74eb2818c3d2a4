import VigilBase

/// The provider's signing keys under `<home>/keys/`: one file, `signing.jwks` (see ``fileName``).
///
/// The folder is created 0700 and the file 0600 whatever the umask; a symbolic link at `keys` or at
/// the file is refused, never followed, and a key file other users may read is refused. The file is a
/// JWK Set whose first key is the current private key (`d` included) and whose others are retired
/// public keys. ``create(rotating:)`` writes it atomically under a lock: a new file under a temporary
/// name, flushed, then renamed, so a crash leaves either the old keys or the new ones.
public struct SigningKeyStore: Sendable {
  /// The folder inside the home.
  public static let folderName = "keys"
  /// The key file inside the folder.
  public static let fileName = "signing.jwks"

  /// The home folder (`$VIGIL_HOME`).
  public let homePath: String

  /// The store of the home folder at `homePath`.
  public init(homePath: String) {
    self.homePath = homePath
  }

  /// `<home>/keys`.
  public var folderPath: String { (homePath.hasSuffix("/") ? homePath : homePath + "/") + Self.folderName }

  /// `<home>/keys/signing.jwks`.
  public var keyFilePath: String { folderPath + "/" + Self.fileName }

  /// Creates the provider's signing key, or with `rotating` replaces it: the new key signs from then
  /// on and the old public key stays in the set, so what it signed still verifies.
  ///
  /// - Throws: ``SigningError/Code/keyExists`` when a key exists and `rotating` is false;
  ///   ``SigningError/Code/unsafeKeyFile``, ``SigningError/Code/damagedKeyFile`` (a damaged file is
  ///   never replaced: its retired keys would be lost) or ``SigningError/Code/storage``.
  public func create(rotating: Bool) throws(SigningError) -> KeyCreation {
    guard let home = try SecureDirectory.open(homePath, create: true),
      let folder = try home.subdirectory(Self.folderName, create: true)
    else { throw SigningError(.storage, "cannot create \(folderPath)") }
    return try folder.withLock { () throws(SigningError) -> KeyCreation in
      let existing = try read(folder)
      if let existing, !rotating {
        throw SigningError(
          .keyExists,
          "\(keyFilePath) already holds a signing key (\(existing.current.keyID)); `vigil keys init --force` "
            + "rotates to a new key and keeps the old public key in the exported set")
      }
      if existing == nil, folder.isLink(Self.fileName) {
        throw SigningError(.unsafeKeyFile, "\(keyFilePath) is a symbolic link; Vigil never follows links to its keys: remove it")
      }
      let key = SigningKey.generate()
      var file = KeyFile(current: key, retired: [])
      if let existing { file.retired = [existing.current.publicJWK] + existing.retired }
      do throws(SigningError) {
        try folder.writeFile(Self.fileName, bytes: file.encoded(), mode: 0o600, replacing: existing != nil)
      } catch where error.code == .keyExists {
        throw SigningError(.keyExists, "\(keyFilePath) appeared while the key was being made; run the command again")
      }
      return KeyCreation(key: key.publicJWK, retired: existing?.current.publicJWK, publicKeys: file.publicKeys, path: keyFilePath)
    }
  }

  /// The key that signs now.
  ///
  /// - Throws: ``SigningError/Code/noKey`` when there is none yet (run `vigil keys init`), or the
  ///   errors of reading the file.
  public func currentKey() throws(SigningError) -> SigningKey {
    try load().current
  }

  /// The key that signs now, created first (as ``create(rotating:)`` does) when the home has none:
  /// what the first certificate issued in a home uses.
  ///
  /// - Returns: The key, and what was created when there was no key before (nil otherwise).
  /// - Throws: The errors of reading or creating the key file; a damaged key file is never replaced.
  public func currentOrNewKey() throws(SigningError) -> (key: SigningKey, created: KeyCreation?) {
    do {
      return (try currentKey(), nil)
    } catch where error.code == .noKey {
      do {
        let created = try create(rotating: false)
        return (try currentKey(), created)
      } catch where error.code == .keyExists {
        // Another process made the key between the two calls: use it.
        return (try currentKey(), nil)
      }
    }
  }

  /// Every public key, the current one first: the JWK Set to publish.
  public func publicKeySet() throws(SigningError) -> JWKSet {
    try load().publicKeys
  }

  /// Writes the public key set to `path` atomically (mode 0644: it is public) and returns it.
  ///
  /// A link at `path` is replaced, not written through.
  public func exportPublicKeySet(to path: String) throws(SigningError) -> JWKSet {
    let keys = try publicKeySet()
    guard let output = OutputPath(path) else {
      throw SigningError(.storage, "--out: " + OutputPath.notAFile(path, example: "jwks.json"))
    }
    let (folderPath, name) = (output.folder, output.name)
    guard let folder = try SecureDirectory.open(folderPath, create: false) else {
      throw SigningError(.storage, "the folder \(folderPath) does not exist; create it or choose another --out")
    }
    try folder.writeFile(name, bytes: keys.jsonBytes + [0x0A], mode: 0o644, replacing: true)
    return keys
  }

  private func load() throws(SigningError) -> KeyFile {
    let noKey = SigningError(.noKey, "there is no signing key in \(folderPath); create one with `vigil keys init`")
    guard let home = try SecureDirectory.open(homePath, create: false),
      let folder = try home.subdirectory(Self.folderName, create: false)
    else { throw noKey }
    guard let file = try read(folder) else { throw noKey }
    return file
  }

  private func read(_ folder: SecureDirectory) throws(SigningError) -> KeyFile? {
    guard let bytes = try folder.readPrivateFile(Self.fileName, limit: KeyFile.maximumBytes) else { return nil }
    return try KeyFile.decode(bytes, path: keyFilePath)
  }
}
