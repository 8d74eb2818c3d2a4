import VigilBase
/// The key users type to name a license: `BOARD:TYPE:NUMBER`, e.g. `tx-bon:RN:123456`.
///
/// The board is the lowercase id of its rules file (`Boards/tx-bon.xml`), the type is the license type
/// in capitals (`RN`, `APRN`, `MD`), and the number is the license number as the board prints it.
/// Parsing normalises the board to lowercase and the type to uppercase.
public struct LicenseKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The board's id, e.g. `tx-bon`.
  public var board: String
  /// The license type, e.g. `RN`.
  public var type: String
  /// The license number, e.g. `123456`.
  public var number: String

  /// Checks and normalises the three parts of a key.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/invalidValue`` naming the part that is malformed.
  public init(board: String, type: String, number: String) throws(LedgerError) {
    self.board = try Self.checked(board.lowercased(), part: "board", example: "tx-bon")
    self.type = try Self.checked(type.uppercased(), part: "license type", example: "RN")
    guard number.utf8.count <= 40, number.unicodeScalars.contains(where: { Self.isIDCharacter($0) && $0 != "-" }),
      number.unicodeScalars.allSatisfy({ Self.isIDCharacter($0) || $0 == "." || $0 == "/" })
    else {
      throw .invalid(
        "license number \(Echo.quoted(number)) is not valid: use the number as the board prints it (letters, digits, "
          + "'-', '.', '/', with at least one letter or digit; at most 40)")
    }
    self.number = number
  }

  /// Parses `BOARD:TYPE:NUMBER`.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/invalidValue`` when the text is not three parts or a
  ///   part is malformed.
  public init(parsing text: String) throws(LedgerError) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 3 else {
      throw .invalid("license \(Echo.quoted(text)) is not BOARD:TYPE:NUMBER, e.g. tx-bon:RN:123456")
    }
    try self.init(board: String(parts[0]), type: String(parts[1]), number: String(parts[2]))
  }

  /// `BOARD:TYPE:NUMBER`.
  public var description: String { board + ":" + type + ":" + number }

  public static func < (lhs: LicenseKey, rhs: LicenseKey) -> Bool {
    (lhs.board, lhs.type, lhs.number) < (rhs.board, rhs.type, rhs.number)
  }

  /// Checks an id made of letters and digits in groups joined by single hyphens (`tx-bon`, `PA-C`).
  static func checked(_ text: String, part: String, example: String) throws(LedgerError) -> String {
    guard isHyphenatedID(text) else {
      throw .invalid(
        "\(part) \(Echo.quoted(text)) is not valid: use letters and digits joined by single hyphens, e.g. \(example)")
    }
    return text
  }

  /// Whether `text` is 1–40 letters and digits, in groups joined by single hyphens.
  static func isHyphenatedID(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(isHyphenatedID(bytes:))
  }

  /// ``isHyphenatedID(_:)`` over the text's UTF-8 bytes, scanned in place.
  private static func isHyphenatedID(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let hyphen = UInt8(ascii: "-")
    guard !bytes.isEmpty, bytes.count <= 40, bytes.first != hyphen, bytes.last != hyphen else { return false }
    var previousWasHyphen = false
    for byte in bytes {
      guard isIDCharacter(Unicode.Scalar(byte)) else { return false }
      if byte == hyphen && previousWasHyphen { return false }
      previousWasHyphen = byte == hyphen
    }
    return true
  }

  private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "-": return true
    default: return false
    }
  }
}
