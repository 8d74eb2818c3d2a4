/// A JSON value as the strict parser reads it: objects keep their members' order and never hold a
/// name twice; integers that fit `Int64` are integers, other numbers keep their text.
public enum JSONValue: Sendable, Equatable {
  /// An object.
  case object(JSONObject)
  /// An array.
  case array([JSONValue])
  /// A string.
  case string(String)
  /// A number without fraction or exponent that fits `Int64`.
  case integer(Int64)
  /// Any other number, as written (`1.5`, `1e3`).
  case number(String)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null

  /// The value's kind in words, for messages: "a string", "an array"…
  public var kindName: String {
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
public struct JSONObject: Sendable, Equatable {
  /// The member names, in the order written.
  public private(set) var names: [String] = []
  private var values: [String: JSONValue] = [:]

  /// Adds a member; false when the name is already there.
  mutating func add(_ name: String, _ value: JSONValue) -> Bool {
    guard values[name] == nil else { return false }
    names.append(name)
    values[name] = value
    return true
  }

  /// The member's value, if the object has it.
  public subscript(name: String) -> JSONValue? { values[name] }
}
