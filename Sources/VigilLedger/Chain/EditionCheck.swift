import GRDB
import VigilBase

/// Checks the certificate events that have no table (`certificate.reissued/1`,
/// `certificate.superseded/1`, `certificate.revoked/1`), in chain order, once the `certificates` rows
/// have been checked against their events.
///
/// Each event's data must be one Vigil writes (its data, written canonically in the event's envelope,
/// gives the event's hash), on its completion's stream under its own key. A re-issued credential
/// belongs to the edition after the one it supersedes, of the same completion, under a number no other
/// certificate has, for a license of the completion's learner (or none), with an id and a file name no
/// other credential has; the credentials of one edition agree. A supersession replaces a number of its
/// completion by the next edition, recorded before it; every later edition has one. A revocation
/// revokes a number of its completion, with a reason. A number is never both revoked and superseded.
struct EditionCheck {
  /// One event of the three kinds, as the chain walk collected it.
  struct Event {
    var seq: Int64
    var kind: EventKind
    var stream: String
    var key: String
    var at: Int64
    var eventHash: String
    var body: String
  }

  /// What is known of a certificate number so far.
  private struct Edition {
    var completion: Int64
    var edition: Int
    var supersedes: String?
    var learnerName: String?
    var licenses: Set<Int64?> = []
  }

  private let db: Database
  private var editions: [String: Edition] = [:]
  private var credentialIDs: Set<String> = []
  private var fileNames: Set<String> = []
  private var superseded: Set<String> = []
  private var revoked: Set<String> = []
  /// The learner of each completion and of each license looked up, by row id.
  private var completionLearners: [Int64: Int64?] = [:]
  private var licenseLearners: [Int64: Int64?] = [:]

  init(_ db: Database) {
    self.db = db
  }

  /// The first problem among `events` (in chain order), or nil.
  mutating func firstProblem(in events: [Event]) throws -> ChainProblem? {
    let rows = try Row.fetchCursor(
      db, sql: "SELECT number, completion_id, license_id, credential_id, file_name FROM certificates")
    while let row = try rows.next() {
      let number: String = try row.decode(atIndex: 0)
      let completion: Int64 = try row.decode(atIndex: 1)
      let license: Int64? = try row.decode(atIndex: 2)
      editions[number, default: Edition(completion: completion, edition: 1)].licenses.insert(license)
      credentialIDs.insert(try row.decode(atIndex: 3))
      fileNames.insert(try row.decode(atIndex: 4))
    }
    for event in events {
      if let reason = try problem(event) {
        return ChainProblem(table: "events", rowID: event.seq, eventID: event.seq, reason: reason)
      }
    }
    for (number, edition) in editions.sorted(by: { $0.key < $1.key }) {
      if let supersedes = edition.supersedes, !superseded.contains(supersedes) {
        return ChainProblem(
          table: "events", rowID: nil, eventID: nil,
          reason:
            "certificate \(number) was re-issued for \(supersedes), which no certificate.superseded event replaces")
      }
    }
    return nil
  }

  private mutating func problem(_ event: Event) throws -> String? {
    switch event.kind {
    case .certificateReissued:
      guard let data = EventData.read(ReissuedCredentialEvent.self, from: event.body),
        try hashes(event, data.canonical), event.key == data.key, event.stream == data.stream
      else { return "it is not a certificate.reissued event Vigil writes (its data, key or stream)" }
      return try reissued(data)
    case .certificateSuperseded:
      guard let data = EventData.read(SupersessionEvent.self, from: event.body),
        try hashes(event, data.canonical), event.key == data.key, event.stream == data.stream,
        data.supersededAt == event.at
      else { return "it is not a certificate.superseded event Vigil writes (its data, key, stream or time)" }
      guard let old = editions[data.number], old.completion == data.completion else {
        return "it supersedes \(data.number), which is not a certificate of completion \(data.completion)"
      }
      guard let new = editions[data.supersededBy], new.completion == data.completion, new.edition == old.edition + 1,
        new.supersedes == data.number
      else { return "it names \(data.supersededBy) as the successor of \(data.number), which was not re-issued for it" }
      guard !revoked.contains(data.number) else { return "it supersedes \(data.number), which was revoked" }
      superseded.insert(data.number)
      return nil
    case .certificateRevoked:
      guard let data = EventData.read(RevocationEvent.self, from: event.body),
        try hashes(event, data.canonical), event.key == data.key, event.stream == data.stream,
        !data.reason.trimmingSpaces.isEmpty
      else { return "it is not a certificate.revoked event Vigil writes (its data, key, stream or reason)" }
      guard editions[data.number]?.completion == data.completion else {
        return "it revokes \(data.number), which is not a certificate of completion \(data.completion)"
      }
      guard !superseded.contains(data.number) else { return "it revokes \(data.number), which was superseded" }
      revoked.insert(data.number)
      return nil
    default:
      return nil
    }
  }

  /// A re-issued credential against what the chain said before it.
  private mutating func reissued(_ data: ReissuedCredentialEvent) throws -> String? {
    guard data.edition >= 2, data.number.utf8.count == 17, data.number != data.supersedes,
      !data.learnerName.trimmingSpaces.isEmpty, !data.token.isEmpty, Ledger.isFileName(data.file)
    else { return "its edition, number, name, token or file name is not one Vigil writes" }
    guard let previous = editions[data.supersedes], previous.completion == data.completion,
      previous.edition == data.edition - 1
    else {
      return
        "it supersedes \(data.supersedes), which is not edition \(data.edition - 1) of completion \(data.completion)"
    }
    guard !superseded.contains(data.supersedes), !revoked.contains(data.supersedes) else {
      return "it supersedes \(data.supersedes), which was already superseded or revoked"
    }
    guard credentialIDs.insert(data.credential).inserted, fileNames.insert(data.file).inserted else {
      return "its credential id or file name is another credential's"
    }
    if let license = data.license, try learner(ofLicense: license) != learner(ofCompletion: data.completion) {
      return "it names license \(license), which is not the completion's learner's"
    }
    var edition =
      editions[data.number]
      ?? Edition(
        completion: data.completion, edition: data.edition, supersedes: data.supersedes, learnerName: data.learnerName)
    guard edition.completion == data.completion, edition.edition == data.edition, edition.supersedes == data.supersedes,
      edition.learnerName == data.learnerName, edition.licenses.insert(data.license).inserted
    else { return "its number \(data.number) is another certificate's, or its edition's credentials disagree" }
    editions[data.number] = edition
    return nil
  }

  /// Whether the data, in the event's envelope, gives the event's hash.
  private func hashes(_ event: Event, _ data: CanonicalJSON) throws -> Bool {
    let body = try EventBody.encode(
      seq: event.seq, stream: event.stream, kind: event.kind.rawValue, key: event.key, at: event.at, data: data)
    return ChainHash.hash(body) == event.eventHash
  }

  private mutating func learner(ofCompletion id: Int64) throws -> Int64? {
    if let learner = completionLearners[id] { return learner }
    let learner = try Int64.fetchOne(db, sql: "SELECT learner_id FROM completions WHERE id = ?", arguments: [id])
    completionLearners[id] = learner
    return learner
  }

  private mutating func learner(ofLicense id: Int64) throws -> Int64? {
    if let learner = licenseLearners[id] { return learner }
    let learner = try Int64.fetchOne(db, sql: "SELECT learner_id FROM licenses WHERE id = ?", arguments: [id])
    licenseLearners[id] = learner
    return learner
  }
}
