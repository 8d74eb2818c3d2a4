internal import CLibXML2
import VigilBase

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads untrusted XML files safely into ``XMLElement`` trees, validating them against a schema.
///
/// Files are refused before parsing when they are too large, not UTF-8, hold NUL bytes, declare a
/// DOCTYPE or nest too deeply. Parsing never touches the network and never expands entities.
public final class XMLDocumentReader {
  /// The limits applied to every file.
  public let limits: XMLLimits
  private let schema: XMLSchema?

  /// Creates a reader that validates against `schema` when one is given.
  public init(schema: XMLSchema? = nil, limits: XMLLimits = .standard) {
    _ = LibXML2.initialized
    self.schema = schema
    self.limits = limits
  }

  /// Reads and validates the file at `path`, refusing it when it is larger than the file limit or than
  /// `maximumBytes` (what is left of a package's budget, say).
  public func read(contentsOfFile path: String, maximumBytes: Int? = nil) -> XMLReadResult {
    switch FileBytes.read(path, limit: min(limits.maximumFileBytes, maximumBytes ?? .max)) {
    case .success(let bytes): return read(bytes: bytes)
    case .failure(let issue): return XMLReadResult(root: nil, issues: [issue])
    }
  }

  /// Reads and validates a document held in memory.
  public func read(bytes: [UInt8]) -> XMLReadResult {
    guard bytes.count <= limits.maximumFileBytes else {
      return XMLReadResult(root: nil, issues: [FileBytes.tooLarge(bytes.count, limit: limits.maximumFileBytes)])
    }
    guard bytes.contains(where: { !FileBytes.isWhitespace($0) }) else {
      return XMLReadResult(root: nil, issues: [XMLIssue(.empty, "the file is empty; write a course document in it")])
    }
    return bytes.withUnsafeBufferPointer { buffer in
      switch MarkupScanner(bytes: buffer, limits: limits).scan() {
      case .failure(let issue): return XMLReadResult(root: nil, issues: [issue])
      case .success(let scan): return parse(buffer, scan: scan)
      }
    }
  }

  private func parse(_ buffer: UnsafeBufferPointer<UInt8>, scan: MarkupScan) -> XMLReadResult {
    guard let context = xmlNewParserCtxt() else {
      return XMLReadResult(root: nil, issues: [XMLIssue(.unreadable, "out of memory while parsing")])
    }
    defer { xmlFreeParserCtxt(context) }
    let sink = LibXML2ErrorSink()
    context.pointee._private = sink.context
    context.pointee.sax.pointee.serror = { context, error in
      let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self)
      LibXML2ErrorSink.from(parser?.pointee._private)?.record(error)
    }
    let document = buffer.withMemoryRebound(to: CChar.self) { chars in
      xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, nil, LibXML2.safeParseOptions)
    }
    guard let document else {
      return XMLReadResult(root: nil, issues: [malformedIssue(sink)])
    }
    defer { xmlFreeDoc(document) }
    if document.pointee.intSubset != nil {
      return XMLReadResult(
        root: nil, issues: [XMLIssue(.doctype, "DOCTYPE declarations are not accepted; remove it")])
    }
    if context.pointee.wellFormed == 0 || context.pointee.nsWellFormed == 0 {
      return XMLReadResult(root: nil, issues: [malformedIssue(sink)])
    }
    guard let rootNode = xmlDocGetRootElement(document) else {
      return XMLReadResult(root: nil, issues: [XMLIssue(.malformed, "the document has no root element")])
    }
    let schemaErrors = schema?.validate(document) ?? []
    var builder = XMLTreeBuilder(scanned: scan.elements, schemaErrors: schemaErrors, limits: limits)
    let root = builder.element(from: rootNode)
    let issues = (builder.schemaIssues() + scan.issues).sorted { $0.location < $1.location }
    return XMLReadResult(root: root, issues: issues)
  }

  private func malformedIssue(_ sink: LibXML2ErrorSink) -> XMLIssue {
    guard let first = sink.entries.first(where: { !$0.isWarning }) else {
      return XMLIssue(.malformed, "the file is not well-formed XML")
    }
    let location = SourceLocation(line: max(first.line, 1), column: max(first.column, 1))
    return XMLIssue(.malformed, "not well-formed XML: \(first.message)", at: location)
  }
}
