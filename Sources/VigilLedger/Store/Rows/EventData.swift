import Foundation

/// Reads the `data` member of an event body.
enum EventData {
  private struct Envelope<Value: Decodable>: Decodable {
    var data: Value
  }

  /// The data of `body`, or nil when it is not of that shape.
  static func read<Value: Decodable>(_ type: Value.Type, from body: String) -> Value? {
    try? JSONDecoder().decode(Envelope<Value>.self, from: Data(body.utf8)).data
  }
}
