import Testing
import VigilSigning

/// Expects `body` to throw a ``SigningError`` with `code` whose message contains `text`.
func expectSigningError<T>(
  _ code: SigningError.Code, containing text: String, sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> T
) {
  do {
    let value = try body()
    Issue.record("expected \(code.rawValue) (\(text)), got \(value)", sourceLocation: sourceLocation)
  } catch let error as SigningError {
    #expect(error.code == code, "\(error.message)", sourceLocation: sourceLocation)
    #expect(error.message.contains(text), "\(error.message)", sourceLocation: sourceLocation)
  } catch {
    Issue.record("expected a SigningError, got \(error)", sourceLocation: sourceLocation)
  }
}
