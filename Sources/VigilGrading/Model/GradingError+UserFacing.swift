import VigilBase

extension GradingError: UserFacingError {
  /// The message, as ``description`` words it.
  public var message: String { description }

  /// The case's name, e.g. `noSuchChoice`; callers match on the case itself.
  public var codeName: String { Mirror(reflecting: self).children.first?.label ?? "grading-error" }
}
