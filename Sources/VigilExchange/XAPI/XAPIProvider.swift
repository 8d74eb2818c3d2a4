import VigilSigning

/// Who a batch of xAPI statements comes from: the provider's ledger (whose id is the namespace every
/// statement and registration id is derived in), its name, and its web address, the home page of the
/// learners' accounts and the root of the activity ids.
struct XAPIProvider: Sendable, Hashable {
  /// The ledger's id, a UUID.
  var ledgerID: String
  /// The provider's name.
  var name: String
  /// The web address without a trailing `/`, e.g. `https://vigil.example/ce`.
  var web: String

  /// The provider of a batch header.
  ///
  /// - Throws: ``ExchangeError/Code/usage`` when the header has no web address or it is not an http or
  ///   https address: an xAPI account needs a home page.
  init(header: BatchHeader) throws(ExchangeError) {
    guard let web = header.providerWeb, XAPISyntax.isIRL(web) else {
      throw ExchangeError(
        .usage,
        "xAPI statements need the provider's web address (the learners' account home page), and the completions "
          + "give \(header.providerWeb.map { "\"\($0)\", which is not an http or https address" } ?? "none"); "
          + "add <web>https://…</web> to the courses' <provider>, or export another format")
    }
    var trimmed = Substring(web)
    while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    ledgerID = header.ledgerID
    name = header.providerName
    self.web = String(trimmed)
  }

  /// The id of the course (every version): `<web>/xapi/courses/<course id>`.
  func courseIRI(_ courseID: String) -> String { web + "/xapi/courses/" + Self.segment(courseID) }

  /// The id of one version of a course: the course's id, `/`, the version.
  func courseVersionIRI(_ courseID: String, version: String) -> String {
    courseIRI(courseID) + "/" + Self.segment(version)
  }

  /// The name-based UUID (version 5) of `name` in the ledger's namespace.
  func uuid(_ name: String) throws(ExchangeError) -> String {
    guard let uuid = NameBasedUUID.make(namespace: ledgerID, name: name) else {
      throw ExchangeError(.storage, "the ledger's id \(ledgerID) is not a UUID; the ledger is not one Vigil made")
    }
    return uuid
  }

  /// Text as one IRI path segment: ASCII letters, digits, `-`, `.`, `_` and `~` as they are, every other
  /// byte of its UTF-8 percent-encoded.
  static func segment(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0x0F, radix: 16, uppercase: true)
      }
    }
    return result
  }
}
