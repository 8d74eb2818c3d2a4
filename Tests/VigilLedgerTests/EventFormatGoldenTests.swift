import Testing
import VigilBase
import VigilBoards
import VigilGrading
import VigilSigning

@testable import VigilLedger

/// The frozen event format: the canonical bytes of each kind of event and their SHA-256, written out by
/// hand from the format the README documents, with the hashes and the link computed by Python's
/// hashlib (`hashlib.sha256(body.encode()).hexdigest()`), not by Vigil.
@Suite struct EventFormatGoldenTests {
  private static let ledgerID = "6f1c2a4e-0000-4000-8000-00000000c0de"
  private static let at: Int64 = 1_780_000_000

  private struct Expected {
    var body: String
    var hash: String
  }

  private func check(
    _ seq: Int64, _ kind: EventKind, stream: String, key: String, data: CanonicalJSON, _ expected: Expected
  ) throws {
    let body = try EventBody.encode(seq: seq, stream: stream, kind: kind.rawValue, key: key, at: Self.at, data: data)
    #expect(String(decoding: body, as: UTF8.self) == expected.body)
    #expect(ChainHash.hash(body) == expected.hash)
  }

  @Test func everyKindHasItsPinnedBytesAndHash() throws {
    var ledger = CanonicalJSON()
    ledger.field("createdAt", Self.at)
    ledger.field("id", Self.ledgerID)
    try check(
      1, .ledgerCreated, stream: "ledger", key: "ledger/created", data: ledger,
      Expected(
        body: #"{"at":1780000000,"data":{"createdAt":1780000000,"id":"6f1c2a4e-0000-4000-8000-00000000c0de"},"key":"ledger/created","kind":"ledger.created/1","seq":1,"stream":"ledger"}"#,
        hash: "c2c9ca7c20bc76551800527758e62d42029338c4e6f43780a045626b43aaca4c"))

    let learner = LearnerRow(
      Learner(id: 2, name: "Ana \"Ani\" Díaz", email: "ana@example.org", birthday: MonthDay(month: 2, day: 29)))
    try check(
      2, .learnerAdded, stream: learner.stream, key: "learner/2/added", data: learner.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"birthDay":29,"birthMonth":2,"email":"ana@example.org","id":2,"name":"Ana \"Ani\" Díaz"},"key":"learner/2/added","kind":"learner.added/1","seq":2,"stream":"learner/2"}"#,
        hash: "ba2bc4e76fd55a83e88c786e070312869ecdf507a30ba3251c48d7b5b4fc80c1"))

    var license = LicenseRow(
      key: try LicenseKey(board: "tx-bon", type: "RN", number: "123456"),
      profile: LicenseProfile(
        boardID: "tx-bon", licenseType: "RN", number: "123456", expires: CalendarDate(year: 2027, month: 1, day: 31),
        attributes: ["emergency-room", "direct-patient-care"]),
      learnerID: 2)
    license.id = 1
    try check(
      3, .licenseAdded, stream: license.stream, key: "license/1/added", data: license.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"attributes":["direct-patient-care","emergency-room"],"board":"tx-bon","expires":"2027-01-31","id":1,"issued":null,"learner":2,"number":"123456","type":"RN"},"key":"license/1/added","kind":"license.added/1","seq":3,"stream":"license/1"}"#,
        hash: "ccd7e662229c282ddcb8ca9032735bc41d210959e0bde3733d1fd09a652bdc43"))

    let new = NewAttempt(
      learnerID: 2, courseID: "human-trafficking-healthcare", courseVersion: "1.0.0", contentDigest: "sha256:0f",
      attempt: RealisedAttempt(quizID: "final", seed: .max, questions: []),
      startedAt: Timestamp(secondsSinceEpoch: 1_780_000_001), timeZone: "America/Chicago")
    var attempt = AttemptRow(new, number: 1, realised: #"{"quizID":"final"}"#, questions: "[]")
    attempt.id = 7
    try check(
      4, .attemptStarted, stream: attempt.stream, key: "attempt/7/started", data: attempt.startedCanonical,
      Expected(
        body: #"{"at":1780000000,"data":{"contentDigest":"sha256:0f","course":"human-trafficking-healthcare","deadlineAt":null,"enrolment":1,"id":7,"learner":2,"number":1,"questions":"[]","quiz":"final","realised":"{\"quizID\":\"final\"}","seed":"18446744073709551615","startedAt":1780000001,"timeZone":"America/Chicago","version":"1.0.0"},"key":"attempt/7/started","kind":"attempt.started/1","seq":4,"stream":"attempt/7"}"#,
        hash: "8530f991c8b276281e7f0a4aad52bad808876055186f3ce28b3754620fc8afd2"))

    var response = ResponseRow(
      NewResponse(
        attemptID: 7, questionID: "q1", sequence: 2, typed: "b\n", response: .choice(id: "b"),
        savedAt: Timestamp(secondsSinceEpoch: 1_780_000_005)),
      json: #"{"choice":{"id":"b"}}"#)
    response.id = 3
    try check(
      5, .responseSaved, stream: response.stream, key: response.eventKey, data: response.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"attempt":7,"id":3,"question":"q1","response":"{\"choice\":{\"id\":\"b\"}}","revision":2,"savedAt":1780000005,"typed":"b\n"},"key":"response/7/q1/2","kind":"response.saved/1","seq":5,"stream":"attempt/7"}"#,
        hash: "b00d94f41836dd5c947452d3c2a9796db475131112ec41cf94171f867655bdf9"))

    attempt.finishedAt = 1_780_000_900
    attempt.grade = "{}"
    attempt.passed = true
    attempt.percentBasisPoints = 8550
    try check(
      6, .attemptGraded, stream: attempt.stream, key: "attempt/7/graded", data: try #require(attempt.gradedCanonical),
      Expected(
        body: #"{"at":1780000000,"data":{"finishedAt":1780000900,"grade":"{}","id":7,"passed":true,"percentBasisPoints":8550},"key":"attempt/7/graded","kind":"attempt.graded/1","seq":6,"stream":"attempt/7"}"#,
        hash: "c24e38a4e74a9210e6b3b3428765219b3aefb9e8cdf358f978744b635fd7351f"))

    let snapshot = CompletionSnapshot(
      learnerName: "Ana", courseID: "human-trafficking-healthcare", courseVersion: "1.0.0", courseTitle: "T",
      providerName: "P", providerWeb: nil, approvals: [])
    var completion = CompletionRow(
      NewCompletion(
        learnerID: 2, courseID: "human-trafficking-healthcare", courseVersion: "1.0.0", courseTitle: "T",
        completedOn: CalendarDate(year: 2026, month: 1, day: 31), attemptID: 7, percent: 85.5,
        completedAt: Timestamp(secondsSinceEpoch: 1_780_003_000), timeZone: "America/Chicago"),
      snapshot: String(decoding: try snapshot.canonical.finished(), as: UTF8.self))
    completion.id = 1
    completion.number = "\(Self.ledgerID)/1"
    try check(
      7, .completionRecorded, stream: completion.stream, key: completion.eventKey, data: completion.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"attempt":7,"completedAt":1780003000,"completedOn":"2026-01-31","course":"human-trafficking-healthcare","id":1,"learner":2,"number":"6f1c2a4e-0000-4000-8000-00000000c0de/1","percentBasisPoints":8550,"snapshot":{"approvals":[],"course":"human-trafficking-healthcare","learnerName":"Ana","providerName":"P","providerWeb":null,"title":"T","version":"1.0.0"},"timeZone":"America/Chicago","title":"T","version":"1.0.0"},"key":"completion/attempt/7","kind":"completion.recorded/1","seq":7,"stream":"completion/1"}"#,
        hash: "50e0c5086b8b9a3818933eaae67cdc3260bf67b6fa157ad3bccafc29c891a162"))

    var credit = CreditRow(
      key: "\(Self.ledgerID)/1/1", completionID: 1, licenseID: 1, board: "tx-bon", approver: "TX-HHSC",
      approvalNumber: "HT-1", minutes: 60, topics: #"["human-trafficking"]"#, isSample: true)
    credit.id = 1
    try check(
      8, .creditAwarded, stream: credit.stream, key: credit.eventKey, data: credit.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"approvalNumber":"HT-1","approver":"TX-HHSC","board":"tx-bon","completion":1,"id":1,"key":"6f1c2a4e-0000-4000-8000-00000000c0de/1/1","license":1,"minutes":60,"sample":true,"topics":["human-trafficking"]},"key":"credit/6f1c2a4e-0000-4000-8000-00000000c0de/1/1","kind":"credit.awarded/1","seq":8,"stream":"completion/1"}"#,
        hash: "13169eb134897409f5203f763a0cb4b2c9910359e64c393a5538a01fe7b3b150"))

    let page = SessionStep.lessonViewed(lessonID: "l1", page: 3, seconds: 40)
    let place = SessionPlace(learnerID: 2, courseID: "human-trafficking-healthcare", enrolment: 1)
    try check(
      9, .lessonViewed, stream: "learner/2", key: "session/2/human-trafficking-healthcare/1/step/5",
      data: page.canonical(place, number: 5, at: Timestamp(secondsSinceEpoch: 1_780_000_050)),
      Expected(
        body: #"{"at":1780000000,"data":{"at":1780000050,"course":"human-trafficking-healthcare","enrolment":1,"learner":2,"lesson":"l1","page":3,"seconds":40,"step":5},"key":"session/2/human-trafficking-healthcare/1/step/5","kind":"lesson.viewed/1","seq":9,"stream":"learner/2"}"#,
        hash: "cad28a768d69bc5749670cd6804e72affa87b024118533c5d3077dd7eee06ae2"))

    let answer = SessionStep.evaluationAnswered(questionID: "e1", answer: "Sí, mucho")
    try check(
      10, .evaluationAnswered, stream: "learner/2", key: "session/2/human-trafficking-healthcare/1/step/6",
      data: answer.canonical(place, number: 6, at: Timestamp(secondsSinceEpoch: 1_780_000_060)),
      Expected(
        body: #"{"at":1780000000,"data":{"answer":"Sí, mucho","at":1780000060,"course":"human-trafficking-healthcare","enrolment":1,"learner":2,"question":"e1","step":6},"key":"session/2/human-trafficking-healthcare/1/step/6","kind":"evaluation.answered/1","seq":10,"stream":"learner/2"}"#,
        hash: "be68244fab602c869c7475b29cbaba18d41e322b88a2682cc895cd22b971dc46"))
  }

  /// `certificate.issued/1`, added by schema version 2 (`v2-certificates`).
  @Test func theCertificateKindHasItsPinnedBytesAndHash() throws {
    var certificate = CertificateRow(
      number: "VC-0000-0000-0000", completionID: 1, licenseID: 1,
      credentialID: "urn:uuid:5afd5b1e-9a1c-55ef-85f7-f2c0b37c301a", fileName: "VC-0000-0000-0000-tx-bon-RN.jwt",
      token: "aGVhZGVy.cGF5bG9hZA.c2lnbmF0dXJl")
    certificate.id = 1
    try check(
      11, .certificateIssued, stream: certificate.stream, key: certificate.eventKey, data: certificate.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"completion":1,"credential":"urn:uuid:5afd5b1e-9a1c-55ef-85f7-f2c0b37c301a","file":"VC-0000-0000-0000-tx-bon-RN.jwt","id":1,"license":1,"number":"VC-0000-0000-0000","token":"aGVhZGVy.cGF5bG9hZA.c2lnbmF0dXJl"},"key":"certificate/urn:uuid:5afd5b1e-9a1c-55ef-85f7-f2c0b37c301a","kind":"certificate.issued/1","seq":11,"stream":"completion/1"}"#,
        hash: "2910923d9377a90b3e4563561058e61419afbc7bd55e5bec513aedf241b2418e"))
  }

  /// The board's kinds, added by schema version 3 (`v3-board`).
  @Test func theBoardKindsHaveTheirPinnedBytesAndHashes() throws {
    // The key set of the P-256 key whose private scalar is 1 (its public key is the curve's generator).
    let keySet = try JWKSet(
      json: #"{"keys":[{"alg":"ES256","crv":"P-256","kid":"xx0BcA-wMohw8atYDJOe6peGModklG2wRHBlXHMvl0M","kty":"EC","use":"sig","x":"axfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpY","y":"T-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU"}]}"#)
    let keyJSON = #"{"keys":[{"alg":"ES256","crv":"P-256","kid":"xx0BcA-wMohw8atYDJOe6peGModklG2wRHBlXHMvl0M","kty":"EC","use":"sig","x":"axfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpY","y":"T-NC4v4af5uO5-tKfA-eFivOM1drMV7Oy7ZAaDe_UfU"}]}"#
    var provider = TrustedProviderRow(name: "acme-ce", keys: keySet, trustedAt: Self.at)
    provider.id = 1
    try check(
      12, .providerTrusted, stream: provider.stream, key: "provider/1/trusted", data: provider.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"id":1,"keySet":"# + keyJSON
          + #","name":"acme-ce","removedAt":null,"trustedAt":1780000000},"key":"provider/1/trusted","kind":"provider.trusted/1","seq":12,"stream":"provider/1"}"#,
        hash: "a475ec311a6cd902433395c69bfdfdcbb17d1779be6f95e0f6ed1ecf25b9081e"))
    // Schema version 6's kind: the row after a rotation (the set here is the same one-key set).
    try check(
      12, .providerKeysAdded, stream: provider.stream, key: "provider/1/keys/1", data: provider.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"id":1,"keySet":"# + keyJSON
          + #","name":"acme-ce","removedAt":null,"trustedAt":1780000000},"key":"provider/1/keys/1","kind":"provider.keys-added/1","seq":12,"stream":"provider/1"}"#,
        hash: "263f32d39113fcaf1de8a92763f9d9d9d5934590f56608e2f1d878dbe714fe5d"))
    provider.removedAt = 1_780_000_100
    try check(
      13, .providerRemoved, stream: provider.stream, key: "provider/1/removed", data: provider.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"id":1,"keySet":"# + keyJSON
          + #","name":"acme-ce","removedAt":1780000100,"trustedAt":1780000000},"key":"provider/1/removed","kind":"provider.removed/1","seq":13,"stream":"provider/1"}"#,
        hash: "076a86681055bb1471cb6837d84db1ef5f3eec15c54bf8c46fbe345d04b16ac1"))

    var profile = LicenseProfile(
      boardID: "tx-bon", licenseType: "RN", number: "123456", expires: CalendarDate(year: 2027, month: 1, day: 31),
      issued: CalendarDate(year: 2019, month: 2, day: 1), attributes: ["direct-patient-care"])
    let key = try LicenseKey(board: "tx-bon", type: "RN", number: "123456")
    var roster = RosterLicenseRow(key: key, profile: profile, holderName: "Ana \"Ani\" Díaz")
    roster.id = 1
    try check(
      14, .rosterLicensed, stream: roster.stream, key: "roster/1/licensed", data: roster.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"attributes":["direct-patient-care"],"board":"tx-bon","expires":"2027-01-31","holder":"Ana \"Ani\" Díaz","id":1,"issued":"2019-02-01","number":"123456","type":"RN"},"key":"roster/1/licensed","kind":"roster.licensed/1","seq":14,"stream":"roster/1"}"#,
        hash: "1a75e2ea0119a275a46cccf2c989c7fff79714de76746ae8f9705357e6380360"))
    profile.expires = CalendarDate(year: 2029, month: 1, day: 31)
    roster = RosterLicenseRow(key: key, profile: profile, holderName: "Ana \"Ani\" Díaz")
    roster.id = 1
    try check(
      15, .rosterUpdated, stream: roster.stream, key: "roster/1/updated/15", data: roster.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"attributes":["direct-patient-care"],"board":"tx-bon","expires":"2029-01-31","holder":"Ana \"Ani\" Díaz","id":1,"issued":"2019-02-01","number":"123456","type":"RN"},"key":"roster/1/updated/15","kind":"roster.updated/1","seq":15,"stream":"roster/1"}"#,
        hash: "0520c18a26d2bebf05aa43a5350e13a444be78d1e51072757cc22d08a6da5b8c"))

    // A row as a version 3 ledger stored it, column by column (the keys are not in the event).
    let record = BoardRecordRow(
      id: 1, providerID: 1, batchID: 1, hash: String(repeating: "a", count: 64), kind: "revocation",
      certificate: "7K3Q-M2XD-4HJH-0001", board: "tx-bon", licenseType: "RN", licenseNumber: "123456",
      approver: "TX-HHSC", approvalNumber: "HT-2026-01", approvalMinutes: 60, awardedHundredths: 100,
      completedOn: "2026-03-02", courseID: "human-trafficking-healthcare", courseTitle: "Human Trafficking in Health Care",
      courseVersion: "1.0", learnerName: "Ana Díaz", reason: "issued in error", replaces: String(repeating: "b", count: 64),
      topics: #"["human-trafficking"]"#, isVerified: false, hashKey: 0, identityKey: 0)
    try check(
      16, .recordImported, stream: "batch/1", key: record.eventKey, data: record.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"approvalMinutes":60,"approvalNumber":"HT-2026-01","approver":"TX-HHSC","awardedHundredths":100,"batch":1,"board":"tx-bon","certificate":"7K3Q-M2XD-4HJH-0001","completedOn":"2026-03-02","courseID":"human-trafficking-healthcare","courseTitle":"Human Trafficking in Health Care","courseVersion":"1.0","hash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","id":1,"kind":"revocation","learnerName":"Ana Díaz","licenseNumber":"123456","licenseType":"RN","provider":1,"reason":"issued in error","replaces":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","topics":["human-trafficking"],"verified":false},"key":"board-record/1","kind":"record.imported/1","seq":16,"stream":"batch/1"}"#,
        hash: "194c4c21fd9ba31826a1c14b4b655553e8081fb75705bfcbb0170c6e36d4d17b"))

    var head = ProviderHeadRow(providerID: 1, head: ChainHead(sequence: 42, link: String(repeating: "c", count: 64)), batchID: 1)
    head.id = 1
    try check(
      17, .headSeen, stream: "batch/1", key: head.eventKey, data: head.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"batch":1,"id":1,"link":"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc","provider":1,"sequence":42},"key":"provider-head/1","kind":"head.seen/1","seq":17,"stream":"batch/1"}"#,
        hash: "d04bc5d670677e67954c30621a11ea76064f72bbaa80cfdc4f86385c4add5578"))

    let batch = ImportedBatchRow(
      id: 1, providerID: 1, digest: String(repeating: "d", count: 64), format: "xml", isVerified: true, addedCount: 1,
      unchangedCount: 0, importedAt: Self.at)
    try check(
      18, .batchImported, stream: ImportedBatchRow.stream(1), key: batch.eventKey, data: batch.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"added":1,"digest":"dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd","format":"xml","id":1,"importedAt":1780000000,"provider":1,"records":1,"unchanged":0,"verified":true},"key":"batch/1/imported","kind":"batch.imported/1","seq":18,"stream":"batch/1"}"#,
        hash: "d82a3d30f50ca0d7c9651559a19917eb86675055f40257d713f0425f70a060b8"))
  }

  /// The certificate events without a table: `certificate.revoked/1`, and the re-issue's
  /// `certificate.reissued/1` and `certificate.superseded/1` (a revocation and a re-issue of one number
  /// never share a ledger; they share a sequence number here only as examples).
  @Test func theCertificateEventsWithoutATableHaveTheirPinnedBytesAndHash() throws {
    let revocation = RevocationEvent(
      completion: 1, number: "VC-0000-0000-0000", reason: "issued in error", revokedAt: Self.at)
    try check(
      12, .certificateRevoked, stream: revocation.stream, key: revocation.key, data: revocation.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"completion":1,"number":"VC-0000-0000-0000","reason":"issued in error","revokedAt":1780000000},"key":"revocation/VC-0000-0000-0000","kind":"certificate.revoked/1","seq":12,"stream":"completion/1"}"#,
        hash: "974f4d572baa248148a0617263a01a4f92101bafcb54037e4977e28a97d5bc67"))

    let reissued = ReissuedCredentialEvent(
      completion: 1, credential: "urn:uuid:0d3c1a52-5f7e-5b1e-9c1a-2f0e6d4b7a10", edition: 2,
      file: "VC-0000-0000-001Y-tx-bon-RN.jwt", learnerName: "Ana María \"Ani\" Díaz", license: 1,
      number: "VC-0000-0000-001Y", supersedes: "VC-0000-0000-0000", token: "aGVhZGVy.cGF5bG9hZA.c2lnbmF0dXJl")
    try check(
      12, .certificateReissued, stream: reissued.stream, key: reissued.key, data: reissued.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"completion":1,"credential":"urn:uuid:0d3c1a52-5f7e-5b1e-9c1a-2f0e6d4b7a10","edition":2,"file":"VC-0000-0000-001Y-tx-bon-RN.jwt","learnerName":"Ana María \"Ani\" Díaz","license":1,"number":"VC-0000-0000-001Y","supersedes":"VC-0000-0000-0000","token":"aGVhZGVy.cGF5bG9hZA.c2lnbmF0dXJl"},"key":"reissue/urn:uuid:0d3c1a52-5f7e-5b1e-9c1a-2f0e6d4b7a10","kind":"certificate.reissued/1","seq":12,"stream":"completion/1"}"#,
        hash: "ef0f3887506f9bfa8718ca0338de4d73b753673e80b3f638129ff8cf68287bd1"))

    let supersession = SupersessionEvent(
      completion: 1, number: "VC-0000-0000-0000", supersededAt: Self.at, supersededBy: "VC-0000-0000-001Y")
    try check(
      13, .certificateSuperseded, stream: supersession.stream, key: supersession.key, data: supersession.canonical,
      Expected(
        body: #"{"at":1780000000,"data":{"completion":1,"number":"VC-0000-0000-0000","supersededAt":1780000000,"supersededBy":"VC-0000-0000-001Y"},"key":"supersession/VC-0000-0000-0000","kind":"certificate.superseded/1","seq":13,"stream":"completion/1"}"#,
        hash: "b423bfc8466be5560ae95ee13353792282d6b36ac17b5325f23f657027d2ecb2"))
  }

  @Test func theLinkIsTheHashOfThePreviousLinkAndTheEventHash() {
    // The ten hashes above, linked from 32 zero bytes: link 10 from Python's hashlib.
    let hashes = [
      "c2c9ca7c20bc76551800527758e62d42029338c4e6f43780a045626b43aaca4c",
      "ba2bc4e76fd55a83e88c786e070312869ecdf507a30ba3251c48d7b5b4fc80c1",
      "ccd7e662229c282ddcb8ca9032735bc41d210959e0bde3733d1fd09a652bdc43",
      "8530f991c8b276281e7f0a4aad52bad808876055186f3ce28b3754620fc8afd2",
      "b00d94f41836dd5c947452d3c2a9796db475131112ec41cf94171f867655bdf9",
      "c24e38a4e74a9210e6b3b3428765219b3aefb9e8cdf358f978744b635fd7351f",
      "50e0c5086b8b9a3818933eaae67cdc3260bf67b6fa157ad3bccafc29c891a162",
      "13169eb134897409f5203f763a0cb4b2c9910359e64c393a5538a01fe7b3b150",
      "cad28a768d69bc5749670cd6804e72affa87b024118533c5d3077dd7eee06ae2",
      "be68244fab602c869c7475b29cbaba18d41e322b88a2682cc895cd22b971dc46",
    ]
    var link = ChainHash.genesis
    for hash in hashes { link = ChainHash.link(previous: link, eventHash: hash) ?? "" }
    #expect(link == "014eff9e50e2c44147e112304baa70337f7e96f2a6917b467a39b0754197f9a7")
    #expect(ChainHash.link(previous: ChainHash.genesis, eventHash: "not a hash") == nil)
  }
}
