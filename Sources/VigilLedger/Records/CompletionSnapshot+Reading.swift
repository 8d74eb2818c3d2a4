import VigilBase
import VigilSigning

extension CompletionSnapshot {
  /// Reads a snapshot back from the canonical JSON text a `completions` row holds (see ``canonical``),
  /// member by member with the strict JSON parser: a completion's certificates read it inside the
  /// transaction that issues them.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/damaged`` when the text is not a snapshot.
  init(stored text: String, in place: @autoclosure () -> String) throws(LedgerError) {
    func damaged(_ reason: String) -> LedgerError {
      .damaged("\(place()) holds a snapshot that cannot be read (\(reason))")
    }
    let value: JSONValue
    do {
      value = try StrictJSONParser.parse(Array(text.utf8))
    } catch {
      throw damaged(error.reason)
    }
    guard case .object(let snapshot) = value else { throw damaged("it is not a JSON object") }
    guard case .array(let elements)? = snapshot["approvals"] else { throw damaged("\"approvals\" is not a list") }
    var approvals: [ApprovalSnapshot] = []
    for element in elements {
      guard case .object(let approval) = element else { throw damaged("an approval is not an object") }
      approvals.append(
        ApprovalSnapshot(
          approver: try Self.string(approval, "approver", damaged), number: try Self.string(approval, "number", damaged),
          statement: try Self.string(approval, "statement", damaged),
          hundredthsOfHour: try Self.integer(approval, "hundredthsOfHour", damaged),
          minutesPerHour: try Self.integer(approval, "minutesPerHour", damaged),
          isExample: try Self.bool(approval, "example", damaged)))
    }
    let providerWeb: String?
    switch snapshot["providerWeb"] {
    case nil, .null?: providerWeb = nil
    case .string(let web)?: providerWeb = web
    default: throw damaged("\"providerWeb\" is not a string")
    }
    self.init(
      learnerName: try Self.string(snapshot, "learnerName", damaged), courseID: try Self.string(snapshot, "course", damaged),
      courseVersion: try Self.string(snapshot, "version", damaged), courseTitle: try Self.string(snapshot, "title", damaged),
      providerName: try Self.string(snapshot, "providerName", damaged), providerWeb: providerWeb, approvals: approvals)
  }

  private static func string(
    _ object: JSONObject, _ name: String, _ damaged: (String) -> LedgerError
  ) throws(LedgerError) -> String {
    guard case .string(let text)? = object[name] else { throw damaged("\"\(name)\" is not a string") }
    return text
  }

  private static func integer(
    _ object: JSONObject, _ name: String, _ damaged: (String) -> LedgerError
  ) throws(LedgerError) -> Int {
    guard case .integer(let number)? = object[name], let value = Int(exactly: number) else {
      throw damaged("\"\(name)\" is not an integer")
    }
    return value
  }

  private static func bool(
    _ object: JSONObject, _ name: String, _ damaged: (String) -> LedgerError
  ) throws(LedgerError) -> Bool {
    guard case .bool(let flag)? = object[name] else { throw damaged("\"\(name)\" is not true or false") }
    return flag
  }
}
