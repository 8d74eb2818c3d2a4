import Foundation
import VigilBase
import VigilCredentials
import VigilSigning
import VigilXML

/// Reads the files `vigil certificate verify` is given: the certificate, a JWK Set and a status list.
enum CertificateInput {
  /// Whether a command's certificate argument names a file (a `.jwt` name, a path with a folder in it,
  /// or a file that exists) rather than a certificate number, which has no `/`.
  static func namesFile(_ argument: String) -> Bool {
    argument.hasSuffix(".jwt") || argument.contains("/") || FileManager.default.fileExists(atPath: argument)
  }

  /// A certificate file's token: its text, without one line break at the end (a `.jwt` Vigil writes has
  /// none; one added by an editor or `echo` is forgiven).
  ///
  /// - Throws: ``CommandError`` when the file is missing, not a regular file or not UTF-8 text, a
  ///   ``VigilCredentials/CredentialError`` with the code given as `tooLarge` (`malformed-token` unless
  ///   told) when it is larger than any token.
  static func token(
    _ path: String, what: String = "certificate file", tooLarge: CredentialError.Code = .malformedToken
  ) throws -> String {
    var bytes = try read(path, what: what, limit: CompactJWS.maximumTokenBytes + 2, tooLarge: tooLarge)
    if bytes.last == 0x0A { bytes.removeLast() }
    if bytes.last == 0x0D { bytes.removeLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw CommandError(.usage, "the \(what) \(Echo.quotedPath(path)) is not text; give a .jwt file")
    }
    return text
  }

  /// A JWK Set file (what `vigil keys export` writes).
  ///
  /// - Throws: ``CommandError`` for a file that cannot be read, ``VigilCredentials/CredentialError`` with
  ///   code `malformed-key-set` for one that is not a public key set (the reason after its path).
  static func keySet(_ path: String) throws -> JWKSet {
    let bytes = try read(path, what: "key set", limit: JWKSet.maximumBytes + 1, tooLarge: .malformedKeySet)
    do {
      return try JWKSet(published: bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes)
    } catch {
      throw CredentialError(
        .malformedKeySet,
        "\(Echo.quotedPath(path)): \(error.message); give --key the provider's published JWK Set (vigil keys export)")
    }
  }

  /// The whole file, refused with `tooLarge` (naming the file's own size) when it is over `limit`.
  private static func read(
    _ path: String, what: String, limit: Int, tooLarge: CredentialError.Code
  ) throws -> [UInt8] {
    guard FileManager.default.fileExists(atPath: path) else {
      throw CommandError(.notFound, "cannot read the \(what) \(Echo.quotedPath(path)); check the path")
    }
    // Checked as a regular file before it is opened: a named pipe would block forever.
    switch FileBytes.read(path, limit: limit) {
    case .success(let bytes): return bytes
    case .failure(let issue) where issue.code == .tooLarge:
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      throw CredentialError(
        tooLarge,
        "the \(what) \(Echo.quotedPath(path)) is \(size.map { "\(FileBytes.megabytes($0)) MiB" } ?? "too large"), more "
          + "than the \(limit / 1024) KiB Vigil reads; give the file the provider published")
    case .failure:
      throw CommandError(
        .notFound,
        "cannot read the \(what) \(Echo.quotedPath(path)): it is not a regular file, or its permissions forbid it")
    }
  }
}
