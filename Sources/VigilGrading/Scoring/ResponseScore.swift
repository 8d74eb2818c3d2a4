/// What one kind's scoring rule makes of a response: the fraction before clamping and the feedback
/// tied to the response.
struct ResponseScore {
  /// The fraction of the question's points, before the common clamp to [-1, 1].
  var fraction: Double
  /// Feedback of the chosen choices or the matched answer.
  var feedback: [String] = []
}
