import VigilSigning

/// A strict validator of xAPI 1.0.3 statements, with cmi5's result rules for `completed`, `passed` and
/// `failed`: it returns every way a statement breaks an ``XAPIRule``, not only the first. LRSs
/// validate laxly (Ralph accepts `scaled` 1.5 and a duration of "12 minutes"), so Vigil checks its own
/// statements with this one.
public struct XAPIStatementValidator: Sendable {
  /// Creates a validator.
  public init() {}

  /// The violations of one statement given as JSON text.
  public func violations(ofStatement bytes: [UInt8]) -> [XAPIViolation] {
    do {
      return violations(of: try StrictJSONParser.parse(bytes))
    } catch {
      return [XAPIViolation(.notJSON, at: "", "the statement is not JSON: \(error.reason)")]
    }
  }

  /// The violations of one statement.
  public func violations(of statement: JSONValue) -> [XAPIViolation] {
    var checker = XAPIChecker()
    checker.statement(statement, at: "")
    return checker.violations
  }

  /// The violations of a batch of statements: each statement's (their paths after its index, `[2].id`)
  /// and those of the statements together: ids used twice, a registration with more than one
  /// `completed` or `passed` or with both `passed` and `failed`, a voiding statement voided.
  public func violations(ofBatch statements: [JSONValue]) -> [XAPIViolation] {
    var checker = XAPIChecker()
    for (index, statement) in statements.enumerated() { checker.statement(statement, at: "[\(index)]") }
    checker.batch(statements)
    return checker.violations
  }

  /// The violations of a JSON Lines file of statements (Vigil's `xapi` export): a line that is not JSON
  /// is reported with its number, the rest as ``violations(ofBatch:)``.
  public func violations(ofLines bytes: [UInt8]) -> [XAPIViolation] {
    var statements: [JSONValue] = []
    var found: [XAPIViolation] = []
    for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
    where !(line.isEmpty && number > 0) {
      do {
        statements.append(try StrictJSONParser.parse(Array(line)))
      } catch {
        found.append(XAPIViolation(.notJSON, at: "line \(number + 1)", "the line is not JSON: \(error.reason)"))
      }
    }
    return found + violations(ofBatch: statements)
  }
}
