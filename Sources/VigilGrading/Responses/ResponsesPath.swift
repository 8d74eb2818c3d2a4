/// JSON paths and echoed text for messages about a responses file.
///
/// Whatever the file holds is shown escaped and shortened: a key with an escape sequence or a
/// bidirectional override cannot reach the terminal raw.
public enum ResponsesPath {
  /// The longest key shown in a path, in Unicode scalars.
  public static let echoLimit = 40

  /// The JSON path of a key: `$.q01` for a plain key, `$["two words"]` otherwise.
  public static func path(of key: String) -> String {
    if isPlain(key) { return "$." + key }
    return "$[\"" + escaped(key) + "\"]"
  }

  /// `text` with quotes, backslashes, control characters, bidirectional controls and other invisible
  /// format characters written as escapes (`\"`, `\\`, `\n`, `\u202E`), shortened to
  /// ``echoLimit`` scalars with a trailing `…`.
  public static func escaped(_ text: String) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      count += 1
      guard count <= echoLimit else {
        result += "…"
        break
      }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if needsEscape(scalar) {
          result += "\\u" + hex4(scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Whether a key can follow `$.` as is: an ASCII letter or `_`, then letters, digits, `_`, `-`,
  /// at most ``echoLimit`` long.
  private static func isPlain(_ key: String) -> Bool {
    guard let first = key.utf8.first, key.utf8.count <= echoLimit else { return false }
    guard first == UInt8(ascii: "_") || isLetter(first) else { return false }
    return key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || isLetter($0) || isDigit($0) }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// C0 and C1 controls, DEL, and format characters (bidirectional overrides and isolates,
  /// zero-width characters, the BOM), plus lone surrogates and noncharacters.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// At least four upper-case hex digits.
  static func hex4(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
