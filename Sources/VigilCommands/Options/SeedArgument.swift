import ArgumentParser

/// Reads a `--seed` value: a whole number from 0 to 18446744073709551615 (`UInt64`).
///
/// The option is parsed `.unconditional`, so `--seed -1` reaches this check instead of being taken
/// for a flag (argument-parser would otherwise report the value as missing).
enum SeedArgument {
  /// The seeds accepted, for help and messages.
  static let range = "0 to \(UInt64.max)"

  /// The seed `text` names.
  ///
  /// - Throws: a `ValidationError` naming the range when `text` is not a whole number in it.
  static func parse(_ text: String) throws -> UInt64 {
    guard let seed = UInt64(text), text.first?.isNumber == true else {
      throw ValidationError("not a valid seed; a seed is a whole number from \(range)")
    }
    return seed
  }
}
