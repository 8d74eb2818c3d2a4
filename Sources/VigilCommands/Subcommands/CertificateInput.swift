import Foundation
import VigilBase
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
  /// - Throws: ``CommandError`` when the file is missing, not a regular file or not UTF-8 text.
  static func token(_ path: String, what: String = "certificate file") throws(CommandError) -> String {
    var bytes = try read(path, what: what, limit: CompactJWS.maximumTokenBytes + 2)
    if bytes.last == 0x0A { bytes.removeLast() }
    if bytes.last == 0x0D { bytes.removeLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw CommandError(.usage, "the \(what) \(Echo.quoted(path)) is not text; give a .jwt file")
    }
    return text
  }

  /// A JWK Set file (what `vigil keys export` writes).
  ///
  /// - Throws: ``CommandError`` for a file that cannot be read or is not a public key set (the
  ///   reason after its path).
  static func keySet(_ path: String) throws(CommandError) -> JWKSet {
    let bytes = try read(path, what: "key set", limit: JWKSet.maximumBytes + 1)
    do {
      return try JWKSet(published: bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes)
    } catch {
      throw CommandError(
        .usage, "\(path): \(error.message); give --key the provider's published JWK Set (vigil keys export)")
    }
  }

  private static func read(_ path: String, what: String, limit: Int) throws(CommandError) -> [UInt8] {
    guard FileManager.default.fileExists(atPath: path) else {
      throw CommandError(.notFound, "cannot read the \(what) \(Echo.quoted(path)); check the path")
    }
    // Checked as a regular file before it is opened: a named pipe would block forever.
    guard let bytes = FileBytes.readPrefix(path, count: limit) else {
      throw CommandError(
        .notFound,
        "cannot read the \(what) \(Echo.quoted(path)): it is not a regular file, or its permissions forbid it")
    }
    return bytes
  }
}
