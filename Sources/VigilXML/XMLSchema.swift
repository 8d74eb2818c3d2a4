internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A compiled W3C XML Schema (XSD 1.0). Compile it once and validate many documents with it.
///
/// The schema is read-only after compilation; keep one per task or thread as libxml2 advises.
public final class XMLSchema {
  let pointer: xmlSchemaPtr

  /// Compiles the schema in the file at `path`.
  ///
  /// - Throws: ``XMLError`` when the file is missing or the schema does not compile.
  public init(contentsOfFile path: String) throws(XMLError) {
    _ = LibXML2.initialized
    // libxml2 would print its own warning for a missing file before failing; say it once, our way.
    guard access(path, R_OK) == 0 else {
      throw XMLError(.schemaUnusable, "cannot read the schema \(path); reinstall Vigil or check the file")
    }
    pointer = try Self.compile(named: path, xmlSchemaNewParserCtxt(path))
  }

  /// Compiles a schema from its text, such as one compiled into the binary.
  ///
  /// - Parameter name: What error messages call the schema, e.g. `course.xsd`.
  /// - Throws: ``XMLError`` when the schema does not compile.
  public init(text: String, named name: String) throws(XMLError) {
    _ = LibXML2.initialized
    var bytes = Array(text.utf8)
    let count = Int32(clamping: bytes.count)
    let compiled = bytes.withUnsafeMutableBytes { buffer -> Result<xmlSchemaPtr, XMLError> in
      let context = buffer.baseAddress.map { xmlSchemaNewMemParserCtxt($0.assumingMemoryBound(to: CChar.self), count) }
      return Result { () throws(XMLError) in try Self.compile(named: name, context ?? nil) }
    }
    pointer = try compiled.get()
  }

  /// Compiles the schema a parser context reads, then frees the context.
  private static func compile(named name: String, _ parserContext: xmlSchemaParserCtxtPtr?) throws(XMLError) -> xmlSchemaPtr {
    let sink = LibXML2ErrorSink()
    guard let parserContext else {
      throw XMLError(.schemaUnusable, "cannot read the schema \(name); reinstall Vigil or check the file")
    }
    defer { xmlSchemaFreeParserCtxt(parserContext) }
    xmlSchemaSetParserStructuredErrors(
      parserContext, { context, error in LibXML2ErrorSink.from(context)?.record(error) }, sink.context)
    guard let schema = xmlSchemaParse(parserContext) else {
      let detail = sink.entries.first.map { "\($0.line): \($0.message)" } ?? "it does not compile"
      throw XMLError(.schemaUnusable, "the schema \(name) is broken (\(detail)); reinstall Vigil or fix the schema")
    }
    return schema
  }

  deinit { xmlSchemaFree(pointer) }

  /// Validates a parsed document, returning libxml2's errors in document order.
  func validate(_ document: xmlDocPtr) -> [LibXML2ErrorSink.Entry] {
    let sink = LibXML2ErrorSink()
    guard let validationContext = xmlSchemaNewValidCtxt(pointer) else {
      return [.init(message: "out of memory while validating", line: 0, column: 0, node: nil, isWarning: false)]
    }
    defer { xmlSchemaFreeValidCtxt(validationContext) }
    xmlSchemaSetValidStructuredErrors(
      validationContext, { context, error in LibXML2ErrorSink.from(context)?.record(error) }, sink.context)
    let result = xmlSchemaValidateDoc(validationContext, document)
    if result < 0 && sink.entries.isEmpty {
      return [.init(message: "the validator failed internally", line: 0, column: 0, node: nil, isWarning: false)]
    }
    return sink.entries.filter { !$0.isWarning }
  }
}
