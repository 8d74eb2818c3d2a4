/// What the engine stores with the session besides responses and steps: the screen, the flagged
/// questions and the seat time so far, so a resume lands on the same screen.
public struct SessionBookmark: Sendable, Hashable, Codable {
  /// The screen shown.
  public var screen: SessionScreen
  /// The ids of the open attempt's flagged questions.
  public var flagged: [String]
  /// Seat time so far in seconds (lesson pages and questions, idle gaps left out).
  public var seatSeconds: Int

  /// Creates a bookmark.
  public init(screen: SessionScreen, flagged: [String] = [], seatSeconds: Int = 0) {
    self.screen = screen
    self.flagged = flagged
    self.seatSeconds = seatSeconds
  }
}
