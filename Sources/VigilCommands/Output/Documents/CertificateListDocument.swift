import VigilCredentials

/// `vigil certificate list --format json`: every credential the ledger holds, oldest first, each with
/// its certificate's number, status and course.
struct CertificateListDocument: Encodable {
  /// One credential with what its certificate says.
  struct Entry: Encodable {
    var number: String
    var status: CertificateDocument.Status
    var supersedes: String?
    var sample: Bool
    var learner: CertificateDocument.Learner
    var course: CertificateDocument.Course
    var completedOn: String
    var completion: String
    var credential: CredentialDocument
  }

  var certificates: [Entry]

  init(_ records: [CertificateRecord]) {
    certificates = records.map { record in
      let claims = record.claims
      return Entry(
        number: claims.number.description, status: CertificateDocument.Status(record.status),
        supersedes: claims.supersedes?.description, sample: claims.isSample,
        learner: CertificateDocument.Learner(id: record.certificate.learnerID, name: claims.learnerName),
        course: CertificateDocument.Course(
          id: claims.courseID, title: claims.courseTitle, version: claims.courseVersion),
        completedOn: claims.completedOn.description, completion: claims.completion,
        credential: CredentialDocument(claims, path: record.path))
    }
  }
}
