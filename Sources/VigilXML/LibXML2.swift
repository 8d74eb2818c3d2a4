internal import CLibXML2
import VigilBase

/// Process-wide libxml2 set-up, done once before any other call.
enum LibXML2 {
  /// Initialises the parser and the schemas' built-in types, and forbids network access for every
  /// load, schemas included.
  ///
  /// libxml2 2.9 builds its table of built-in types (`xs:positiveInteger`…) the first time a schema is
  /// parsed, without a lock: two threads compiling their first schemas at once could each see the
  /// table half built and refuse a sound schema ("The QName value 'positiveInteger' does not resolve",
  /// seen once in the test suite's parallel run). Built here, once, before any schema is parsed.
  static let initialized: Void = {
    xmlInitParser()
    xmlSchemaInitTypes()
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
  }()

  /// Parser options: no network, no DTD loading, no entity substitution, no XInclude, no libxml2 output.
  static let safeParseOptions: Int32 = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_NOCDATA.rawValue)

  /// The longest message, in characters, a libxml2 error is cut to (``oneLine(_:)`` cuts each value it
  /// repeats, but a value holding a quote ends its quoting early).
  static let maximumMessageCharacters = 400

  /// A libxml2 message without its trailing newline and with `{namespace}` prefixes removed, on one
  /// line (``oneLine(_:)``) and at most ``maximumMessageCharacters`` long.
  static func cleanMessage(_ raw: UnsafeMutablePointer<CChar>?) -> String {
    guard let raw else { return "unknown problem" }
    return clean(String(cString: raw))
  }

  /// ``cleanMessage(_:)`` of a message's text. Only braces around a namespace name go
  /// (`'{urn:vigil:completion-batch:1}record'`): a set of values (`{'a', 'b'}`) and a document's own
  /// braces stay.
  static func clean(_ raw: String) -> String {
    var message = raw
    while message.last?.isWhitespace == true { message.removeLast() }
    var searchFrom = message.startIndex
    while let open = message[searchFrom...].firstIndex(of: "{"), let close = message[open...].firstIndex(of: "}") {
      let inside = message[message.index(after: open)..<close]
      let isNamespace =
        inside.contains(":") && !inside.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" || $0 == "{" })
      if isNamespace {
        message.removeSubrange(open...close)
        searchFrom = open
      } else {
        searchFrom = message.index(after: open)
      }
    }
    let line = oneLine(message)
    guard line.count > maximumMessageCharacters else { return line }
    return String(line.prefix(maximumMessageCharacters)) + "…"
  }

  /// A message made safe to print on one line: libxml2 repeats the document's values in single quotes
  /// (`The value '…' is not accepted by the pattern …`), and a value may hold line breaks, controls or
  /// 64 KiB of text. Each unsafe character of a quoted value is escaped (`\u{A}`, as ``Echo`` does) and
  /// the value cut after ``Echo/maximumCharacters`` characters; libxml2's own line breaks become spaces.
  static func oneLine(_ message: String) -> String {
    var result = ""
    var quoted: Int?
    for scalar in message.unicodeScalars {
      if scalar == "'" {
        if let count = quoted, count > Echo.maximumCharacters { result += "…" }
        quoted = quoted == nil ? 0 : nil
      } else if let count = quoted {
        quoted = count + 1
        if count >= Echo.maximumCharacters { continue }
      }
      if !UnsafeText.isUnsafe(scalar) {
        result.unicodeScalars.append(scalar)
      } else if quoted == nil, ["\n", "\r", "\t"].contains(scalar) {
        result += " "  // libxml2's own line breaks (`… indicate encoding !\nBytes: 0xC3 …`)
      } else {
        result += Echo.safe(String(scalar))
      }
    }
    return result
  }
}

/// Collects structured errors that libxml2 reports through a C callback.
final class LibXML2ErrorSink {
  struct Entry {
    var message: String
    var line: Int
    var column: Int
    var node: UnsafeMutableRawPointer?
    var isWarning: Bool
  }

  /// The errors so far. libxml2 appends to them only inside its own calls, never while a Swift access
  /// is open, and a stream reader asks after every node, so the run-time exclusivity check is off.
  @exclusivity(unchecked) var entries: [Entry] = []

  /// The pointer passed to libxml2 as callback context; valid while `self` lives.
  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// Records one libxml2 error.
  func record(_ error: xmlErrorPtr?) {
    guard let error else { return }
    entries.append(
      Entry(
        message: LibXML2.cleanMessage(error.pointee.message),
        line: Int(error.pointee.line),
        column: Int(error.pointee.int2),
        node: error.pointee.node,
        isWarning: error.pointee.level == XML_ERR_WARNING))
  }

  /// The sink behind a callback context.
  static func from(_ context: UnsafeMutableRawPointer?) -> LibXML2ErrorSink? {
    guard let context else { return nil }
    return Unmanaged<LibXML2ErrorSink>.fromOpaque(context).takeUnretainedValue()
  }
}
