/// One answer of a responses file as written: a JSON string, number or boolean.
public enum ResponsesValue: Sendable, Hashable {
  /// A JSON string, escapes resolved.
  case string(String)
  /// A JSON number, kept as its exact text (`1e400` stays `1e400`; nothing is rounded).
  case number(String)
  /// `true` or `false`.
  case boolean(Bool)

  /// The answer as a licensee would type it: the string, the number's text, or `true`/`false`.
  public var typedText: String {
    switch self {
    case .string(let text), .number(let text): return text
    case .boolean(let flag): return flag ? "true" : "false"
    }
  }
}
