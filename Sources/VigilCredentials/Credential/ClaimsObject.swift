import VigilBase
import VigilSigning

/// One JSON object of a credential's claims, read member by member; every member that is missing or
/// of the wrong kind is named by its path (`credentialSubject.achievement.name`).
struct ClaimsObject {
  let object: JSONObject
  /// Where the object is, e.g. `credentialSubject.`; empty for the claims themselves.
  let path: String
  /// Whose claims they are, for messages: `certificate`, `status list`.
  var owner = "certificate"

  /// Why a member cannot be read.
  func problem(_ name: String, _ reason: String) -> CredentialError {
    CredentialError(.inconsistentClaims, "the \(owner)'s \(Echo.quoted(path + name)) \(reason)")
  }

  /// A member that must be present, whatever its kind.
  func value(_ name: String) throws(CredentialError) -> JSONValue {
    guard let value = object[name] else { throw problem(name, "is missing") }
    return value
  }

  /// A string member.
  func string(_ name: String) throws(CredentialError) -> String {
    guard case .string(let text) = try value(name) else { throw problem(name, "is not a string") }
    return text
  }

  /// A string member that may be missing or null.
  func optionalString(_ name: String) throws(CredentialError) -> String? {
    switch object[name] {
    case nil, .null?: return nil
    case .string(let text)?: return text
    default: throw problem(name, "is not a string")
    }
  }

  /// An integer member.
  func integer(_ name: String) throws(CredentialError) -> Int64 {
    guard case .integer(let number) = try value(name) else { throw problem(name, "is not an integer") }
    return number
  }

  /// A boolean member.
  func bool(_ name: String) throws(CredentialError) -> Bool {
    guard case .bool(let flag) = try value(name) else { throw problem(name, "is not true or false") }
    return flag
  }

  /// A number member as written (`1`, `1.25`), nil when missing.
  func numberText(_ name: String) throws(CredentialError) -> String? {
    switch object[name] {
    case nil: return nil
    case .integer(let number)?: return String(number)
    case .number(let text)?: return text
    default: throw problem(name, "is not a number")
    }
  }

  /// An object member.
  func object(_ name: String) throws(CredentialError) -> ClaimsObject {
    guard let object = try optionalObject(name) else { throw problem(name, "is missing") }
    return object
  }

  /// An object member that may be missing or null.
  func optionalObject(_ name: String) throws(CredentialError) -> ClaimsObject? {
    switch object[name] {
    case nil, .null?: return nil
    case .object(let inner)?: return ClaimsObject(object: inner, path: path + name + ".", owner: owner)
    default: throw problem(name, "is not an object")
    }
  }

  /// An array of strings; a single string counts as a list of one (as JSON-LD allows for `type`).
  func strings(_ name: String) throws(CredentialError) -> [String] {
    switch try value(name) {
    case .string(let text): return [text]
    case .array(let elements):
      var texts: [String] = []
      for element in elements {
        guard case .string(let text) = element else { throw problem(name, "holds something that is not a string") }
        texts.append(text)
      }
      return texts
    default: throw problem(name, "is not a list of strings")
    }
  }

  /// An array of objects (missing counts as empty).
  func objects(_ name: String) throws(CredentialError) -> [ClaimsObject] {
    guard let member = object[name] else { return [] }
    guard case .array(let elements) = member else { throw problem(name, "is not a list") }
    var objects: [ClaimsObject] = []
    for (index, element) in elements.enumerated() {
      guard case .object(let inner) = element else { throw problem("\(name)[\(index)]", "is not an object") }
      objects.append(ClaimsObject(object: inner, path: path + "\(name)[\(index)].", owner: owner))
    }
    return objects
  }
}
