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
///
/// The objects Vigil reads hold a few members each (a credential's largest, fifteen), so members are
/// found by looking through them in order; an object of more than ``indexedFrom`` members also keeps an
/// index by name, so a hostile text of many members cannot make reading it quadratic.
public struct JSONObject: Sendable, Equatable {
  /// The member count from which names are indexed.
  static let indexedFrom = 16

  /// The member names, in the order written.
  public private(set) var names: [String] = []
  private var values: [JSONValue] = []
  /// Each name's position, once the object has ``indexedFrom`` members or more.
  private var index: [String: Int]?

  /// Adds a member; false when the name is already there.
  mutating func add(_ name: String, _ value: JSONValue) -> Bool {
    guard position(of: name) == nil else { return false }
    if index != nil {
      index?[name] = names.count
    } else if names.count + 1 >= Self.indexedFrom {
      index = Dictionary(uniqueKeysWithValues: zip(names + [name], 0...))
    }
    names.append(name)
    values.append(value)
    return true
  }

  /// The member's value, if the object has it.
  public subscript(name: String) -> JSONValue? {
    position(of: name).map { values[$0] }
  }

  private func position(of name: String) -> Int? {
    if let index { return index[name] }
    return names.firstIndex(of: name)
  }

  /// Two objects are equal when they hold the same members in the same order.
  public static func == (left: JSONObject, right: JSONObject) -> Bool {
    left.names == right.names && left.values == right.values
  }
}
