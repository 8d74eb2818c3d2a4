/// One licensee's credits prepared for counting: the credits in the days that matter, with the board's
/// rounding applied, sorted by day and grouped into activities.
///
/// A credit counts on its completion day, unless it was completed after a cycle's end and counted toward
/// that cycle under the board's cure period: then it counts on that cycle's last day.
///
/// An activity is one completion of one course: credits with the same course id, version and completion
/// day (a course with an ANCC and a TX-HHSC approval gives two credits but one activity). Entries of one
/// activity are adjacent, so sums take each activity's largest credit once with a single pass.
struct CreditEntries {
  /// One credit of the licensee.
  struct Entry {
    /// The credit's index in the collection given to the evaluator.
    var index: Int
    /// The day the credit counts on, in days since 1970-01-01: its completion day, or the last day of the
    /// earlier cycle it was counted toward.
    var day: Int
    /// The completion day, in days since 1970-01-01 (what a per-day cap limits).
    var completionDay: Int
    /// The activity number, shared by credits of one course completion.
    var activity: Int
    /// The credited minutes after the board's rounding.
    var minutes: Int
    /// True when the board gives no credit for it (a repeat of a course already completed in the cycle).
    var isExcluded: Bool
  }

  /// What a sum over the entries found.
  struct Sum {
    /// Minutes counted, each activity once.
    var minutes = 0
    /// Minutes counted from activities before the split day given to the sum.
    var minutesBeforeSplit = 0
    /// The number of activities that counted.
    var activities = 0
    /// The earliest day of an activity that counted.
    var firstDay: Int?
    /// The index of the credit that counted for each activity.
    var credits: [Int] = []
  }

  /// The entries, sorted by day and activity.
  private(set) var entries: [Entry]

  /// Prepares the credits that count from `firstDay` through `lastDay`.
  ///
  /// - Parameter countedOn: The day a credit counts on when it is not its completion day, by credit index
  ///   (credits counted toward an earlier cycle under a cure period).
  init(
    _ credits: ArraySlice<EarnedCredit>, from firstDay: Int, through lastDay: Int, unit: CreditUnit,
    countedOn: [Int: Int] = [:]
  ) {
    entries = []
    entries.reserveCapacity(credits.count)
    for index in credits.indices {
      let completion = credits[index].completedOn.daysSinceEpoch
      let day = countedOn.isEmpty ? completion : countedOn[index] ?? completion
      // Sample credit (from an example approval) counts toward nothing.
      guard day >= firstDay, day <= lastDay, !credits[index].isSample else { continue }
      entries.append(
        Entry(
          index: index, day: day, completionDay: completion, activity: 0, minutes: unit.counted(credits[index].minutes),
          isExcluded: false))
    }
    entries.sort {
      ($0.day, $0.completionDay, $0.index) < ($1.day, $1.completionDay, $1.index)
    }
    var nextActivity = 0
    for position in entries.indices {
      var activity = -1
      var earlier = position - 1
      while earlier >= 0, entries[earlier].day == entries[position].day {
        let a = credits[entries[earlier].index]
        let b = credits[entries[position].index]
        if a.courseID == b.courseID, a.courseVersion == b.courseVersion,
          entries[earlier].completionDay == entries[position].completionDay
        {
          activity = entries[earlier].activity
          break
        }
        earlier -= 1
      }
      if activity < 0 {
        activity = nextActivity
        nextActivity += 1
      }
      entries[position].activity = activity
    }
    entries.sort { $0.day != $1.day ? $0.day < $1.day : ($0.activity, $0.index) < ($1.activity, $1.index) }
  }

  /// Excludes repeats: from `firstDay` on, an activity whose course was already completed earlier in the
  /// same stretch earns nothing (only the first completion counts).
  mutating func excludeRepeatedCourses(from firstDay: Int, _ credits: ArraySlice<EarnedCredit>) {
    var position = 0
    while position < entries.count {
      let run = activityRun(at: position)
      defer { position = run.upperBound }
      guard entries[position].day >= firstDay else { continue }
      let course = credits[entries[position].index].courseID
      var earlier = run.lowerBound - 1
      while earlier >= 0, entries[earlier].day >= firstDay {
        if !entries[earlier].isExcluded, entries[earlier].activity != entries[position].activity,
          credits[entries[earlier].index].courseID == course
        {
          for excluded in run { entries[excluded].isExcluded = true }
          break
        }
        earlier -= 1
      }
    }
  }

  /// Sums the minutes from `firstDay` through `lastDay` of the credits `accepts` takes, each activity once
  /// (its largest accepted credit). Minutes before `splitDay` are also reported on their own.
  func sum(
    from firstDay: Int, through lastDay: Int, splitAt splitDay: Int = .min, _ credits: ArraySlice<EarnedCredit>,
    accepts: (EarnedCredit) -> Bool
  ) -> Sum {
    var result = Sum()
    var position = 0
    while position < entries.count, entries[position].day < firstDay { position += 1 }
    while position < entries.count, entries[position].day <= lastDay {
      let run = activityRun(at: position)
      position = run.upperBound
      guard let best = largest(in: run, credits, accepts: accepts) else { continue }
      result.minutes += best.minutes
      if best.day < splitDay { result.minutesBeforeSplit += best.minutes }
      result.activities += 1
      result.firstDay = min(result.firstDay ?? best.day, best.day)
      result.credits.append(best.index)
    }
    return result
  }

  /// The activity's largest credit that `accepts` takes and the board does not exclude.
  func largest(in run: Range<Int>, _ credits: ArraySlice<EarnedCredit>, accepts: (EarnedCredit) -> Bool) -> Entry? {
    var best: Entry?
    for member in run where !entries[member].isExcluded && accepts(credits[entries[member].index]) {
      if best.map({ entries[member].minutes > $0.minutes }) ?? true { best = entries[member] }
    }
    return best
  }

  /// The positions of the activity that starts at `position`.
  func activityRun(at position: Int) -> Range<Int> {
    var end = position + 1
    while end < entries.count, entries[end].day == entries[position].day,
      entries[end].activity == entries[position].activity
    {
      end += 1
    }
    return position..<end
  }
}
