/// A JSON value as the strict parser reads it: objects keep their members' order and never hold a
/// name twice; integers that fit `Int64` are integers, other numbers keep their text.
enum JSONValue: Sendable, Equatable {
  case object(JSONObject)
  case array([JSONValue])
  case string(String)
  case integer(Int64)
  case number(String)
  case bool(Bool)
  case null

  /// The value's kind in words, for messages: "a string", "an array"…
  var kindName: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .integer, .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }
}

/// A JSON object's members, in the order written, each name once.
struct JSONObject: Sendable, Equatable {
  private(set) var names: [String] = []
  private var values: [String: JSONValue] = [:]

  /// Adds a member; false when the name is already there.
  mutating func add(_ name: String, _ value: JSONValue) -> Bool {
    guard values[name] == nil else { return false }
    names.append(name)
    values[name] = value
    return true
  }

  subscript(name: String) -> JSONValue? { values[name] }
}
