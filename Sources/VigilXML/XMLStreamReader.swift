internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// Reads an XML file as a stream of elements and text with libxml2's streaming reader, validating it
/// against a schema as it goes, in memory that does not grow with the file: the way to read a
/// document far larger than ``XMLLimits/maximumFileBytes`` allows a tree for (a board's batch of a
/// million records).
///
/// The same safety as the tree reader: no network, no DTD (any DOCTYPE is an error), no entity
/// substitution (an entity reference is an error), and limits of its own on size, depth, attributes
/// and text. The first problem ends the read with an ``XMLError`` of code
/// ``XMLError/Code/malformed`` whose message starts `PATH:LINE:` (and the column, when libxml2 itself
/// reports the problem; `PATH:` alone for a DOCTYPE, which keeps no line).
///
/// ```swift
/// let reader = try XMLStreamReader(path: "batch.xml", schema: schema)
/// while let event = try reader.next() {
///   if case .start(let name, _) = event { … }
/// }
/// ```
public final class XMLStreamReader {
  /// One step of the stream.
  public enum Event: Sendable, Hashable {
    /// An element starts: its local name and its attributes (local name → value), in document order.
    case start(name: String, attributes: [(name: String, value: String)])
    /// Text inside the current element (character data, already unescaped).
    case text(String)
    /// The current element ends.
    case end(name: String)

    public static func == (lhs: Event, rhs: Event) -> Bool {
      switch (lhs, rhs) {
      case (.start(let a, let x), .start(let b, let y)): a == b && x.map(\.name) == y.map(\.name) && x.map(\.value) == y.map(\.value)
      case (.text(let a), .text(let b)): a == b
      case (.end(let a), .end(let b)): a == b
      default: false
      }
    }

    public func hash(into hasher: inout Hasher) {
      switch self {
      case .start(let name, let attributes):
        hasher.combine(name)
        for attribute in attributes { hasher.combine(attribute.name); hasher.combine(attribute.value) }
      case .text(let text): hasher.combine(text)
      case .end(let name): hasher.combine(name)
      }
    }
  }

  /// The file's path, for messages.
  public let path: String
  /// The namespace every element must be in.
  public let namespace: String
  private let limits: Limits
  /// Kept alive while libxml2 validates with it.
  private let schema: XMLSchema?
  private let reader: xmlTextReaderPtr
  private let descriptor: Int32
  /// What libxml2 reads the file through; kept alive while it does.
  private let input: StreamInput
  private let sink = LibXML2ErrorSink()
  // The state below is this reader's alone and never lent out (no `inout` to it escapes a method), so
  // the run-time exclusivity checks a class's stored properties get on every access, read at each of
  // the tens of millions of nodes a batch has, are turned off.
  @exclusivity(unchecked) private var pendingEnd: String?
  @exclusivity(unchecked) private var finished = false
  /// The line where the last text node (white space between elements included) ended: where the
  /// element after it starts, for lines past the 65,535 libxml2 keeps on an element.
  @exclusivity(unchecked) private var lastTextLine = 0
  /// The names met so far, by the pointer libxml2 interns each name at (the reader keeps element and
  /// attribute names in its dictionary unless told `XML_PARSE_NODICT`, which ``LibXML2/safeParseOptions``
  /// never is, and frees them with the reader): a batch of a million records has a dozen names, each
  /// made into a string once. A table of 64 slots, each name in the slot its pointer's bits
  /// pick: a look-up is one comparison, and a document with many names makes a name again when
  /// another took its slot.
  @exclusivity(unchecked) private var names = [(pointer: UnsafePointer<xmlChar>?, name: String)](
    repeating: (nil, ""), count: 1 << nameSlotBits)
  /// The slots of ``names``: 2 to this power.
  private static let nameSlotBits = 6
  /// The bytes of text read since the last start or end tag.
  @exclusivity(unchecked) private var textBytesSinceTag = 0
  /// The namespace pointer already found to be ``namespace``.
  @exclusivity(unchecked) private var checkedNamespace: UnsafePointer<xmlChar>?
  /// The thread whose libxml2 last error was cleared for this stream.
  @exclusivity(unchecked) private var readingThread: pthread_t?

  /// Opens `path` for streaming.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - namespace: The namespace of every element (the vocabulary's target namespace).
  ///   - schema: The schema to validate against as the stream is read; nil for none.
  ///   - limits: The limits to enforce.
  ///   - observer: Called with every chunk of the file as libxml2 reads it, in order (to hash the very
  ///     bytes parsed); nil for none.
  /// - Throws: ``XMLError`` with ``XMLError/Code/unreadable`` (missing, not a regular file, cannot be
  ///   read) or ``XMLError/Code/malformed`` (over the size limit).
  public init(
    path: String, namespace: String, schema: XMLSchema?, limits: Limits = Limits(),
    observer: ((UnsafeRawBufferPointer) -> Void)? = nil
  ) throws(XMLError) {
    _ = LibXML2.initialized
    self.path = path
    self.namespace = namespace
    self.limits = limits
    self.schema = schema
    // Opened without blocking, so a named pipe with no writer is refused instead of waited on.
    descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      throw XMLError(.unreadable, "cannot open \(path) (\(String(cString: strerror(errno))))")
    }
    var status = stat()
    let flags = fcntl(descriptor, F_GETFL)
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, flags >= 0,
      fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0
    else {
      close(descriptor)
      throw XMLError(.unreadable, "\(path) is not a regular file (a folder, named pipe or device); give the path of an XML file")
    }
    guard Int(status.st_size) <= limits.maximumFileBytes else {
      close(descriptor)
      throw XMLError(
        .malformed, "\(path) is \(status.st_size) bytes, more than the \(limits.maximumFileBytes) a batch may be")
    }
    // BIG_LINES: text nodes keep lines past 65,535, which ``line`` needs in a batch of millions of lines.
    // COMPACT (as `xmllint` reads): short texts are kept inside their node, not allocated apart; the
    // reader never changes a node.
    // Without NOCDATA: with a schema plugged in, libxml2 2.9 drops a CDATA section it was told to merge
    // into the text around it; kept apart, it is a text node of its own (``Node/text``).
    let options =
      LibXML2.safeParseOptions & ~Int32(XML_PARSE_NOCDATA.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
      | Int32(XML_PARSE_COMPACT.rawValue)
    input = StreamInput(descriptor: descriptor, observer: observer)
    let read: xmlInputReadCallback = { context, buffer, length in
      guard let context, let buffer else { return -1 }
      return Unmanaged<StreamInput>.fromOpaque(context).takeUnretainedValue().read(into: buffer, count: Int(length))
    }
    guard let reader = xmlReaderForIO(read, nil, Unmanaged.passUnretained(input).toOpaque(), path, nil, options) else {
      close(descriptor)
      throw XMLError(.unreadable, "cannot read \(path) as XML")
    }
    self.reader = reader
    xmlTextReaderSetStructuredErrorHandler(
      reader, { context, error in LibXML2ErrorSink.from(context)?.record(error) }, sink.context)
    if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
      throw XMLError(.schemaUnusable, "cannot validate \(path) against its schema; please report it")
    }
  }

  deinit {
    xmlFreeTextReader(reader)
    close(descriptor)
  }

  /// The line of the node the last event came from: where an element's start tag ends (for a start or
  /// end event), where a text ends.
  ///
  /// libxml2's parser reads ahead of the node it hands out, so its own line can be a record or two
  /// further on; this is the node's. An element keeps lines up to 65,535 only, so further on an element
  /// takes the line where the text before it ended (white space included), which in a batch as Vigil
  /// writes it, one start tag a line, is the element's own; the parser's line when there is no node.
  public var line: Int { nodeLine ?? parserLine }

  /// The current node's line, or nil when libxml2 keeps none for it (a DOCTYPE).
  private var nodeLine: Int? {
    guard let node = xmlTextReaderCurrentNode(reader) else { return nil }
    let line = Int(xmlGetLineNo(node))
    if line > 0 && line < 65_535 { return line }
    if node.pointee.type == XML_ELEMENT_NODE && lastTextLine >= 65_535 { return lastTextLine }
    return line > 0 ? line : nil
  }

  /// The line libxml2's parser is at (ahead of the current node).
  private var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

  /// The next event, or nil after the document's end (where it also checks the document was valid).
  ///
  /// - Throws: ``XMLError/Code/malformed`` naming the line and column of the first problem.
  public func next() throws(XMLError) -> Event? {
    switch try advance() {
    case nil: return nil
    case .start:
      var attributes: [(name: String, value: String)] = []
      attributes.reserveCapacity(attributeCount)
      try forEachAttribute { name, value in attributes.append((name, value)) }
      return .start(name: name, attributes: attributes)
    case .text: return .text(text)
    case .end: return .end(name: name)
    }
  }

  /// What ``advance()`` moved to.
  public enum Node: Sendable, Hashable {
    /// An element starts: its name is ``name``, its attributes ``forEachAttribute(_:)``'s.
    case start
    /// Text inside the current element: ``text``.
    case text
    /// The element ``name`` ends.
    case end
  }

  /// The local name of the element the reader is at (after ``Node/start`` or ``Node/end``).
  @exclusivity(unchecked) public private(set) var name = ""
  /// The text the reader is at (after ``Node/text``: character data, already unescaped).
  @exclusivity(unchecked) public private(set) var text = ""
  /// How many attributes the element the reader is at has (after ``Node/start``).
  @exclusivity(unchecked) public private(set) var attributeCount = 0

  /// Moves to the next element start, text or element end, or returns nil after the document's end
  /// (where it also checks the document was valid): ``next()`` without making an event, for a reader
  /// that takes only what it needs of each node.
  ///
  /// - Throws: ``XMLError/Code/malformed`` naming the line and column of the first problem.
  public func advance() throws(XMLError) -> Node? {
    attributeCount = 0
    if let pending = pendingEnd {
      pendingEnd = nil
      name = pending
      return .end
    }
    while !finished {
      // libxml2's last error is the thread's: cleared once on each thread that reads this stream (a
      // batch's header is read on one thread and its records on another), not before every node. The
      // first error ends the stream, so an error-level last error is this stream's own
      // (``parserError()``).
      let thread = pthread_self()
      if thread != readingThread {
        xmlResetLastError()
        readingThread = thread
      }
      let result = xmlTextReaderRead(reader)
      try checkErrors()
      if result == 0 {
        finished = true
        if schema != nil, xmlTextReaderIsValid(reader) == 0 { throw problem("the document does not follow its schema") }
        return nil
      }
      guard result == 1 else { throw parserError() ?? problem("the document cannot be read") }
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        try enterElement()
        return .start
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
        textBytesSinceTag = 0
        name = internedName(xmlTextReaderConstLocalName(reader))
        return .end
      case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
        noteTextLine()
        text = Self.string(xmlTextReaderConstValue(reader))
        // The limit is on all the text between two tags: comments or CDATA sections would otherwise
        // split one text into many parts under it (and libxml2's validation joins them again, at a cost
        // that grows with the square of the text).
        textBytesSinceTag += text.utf8.count
        guard textBytesSinceTag <= limits.maximumTextBytes else {
          throw problem("a text is over the \(limits.maximumTextBytes) bytes an element may hold")
        }
        return .text
      case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
        throw problem("the document has a DOCTYPE; Vigil reads no DTD: remove it")
      case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
        throw problem("the document uses an entity; Vigil substitutes none: write the text itself")
      case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
        noteTextLine()
        continue
      default:
        continue  // comments, processing instructions
      }
    }
    return nil
  }

  /// Calls `body` with each attribute of the element the reader is at, in document order: its local
  /// name and its value. Only right after ``advance()`` returned ``Node/start``; after any other node
  /// there are none.
  ///
  /// - Throws: ``XMLError/Code/malformed`` when a value is over the limit.
  public func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) throws(XMLError) {
    guard attributeCount > 0 else { return }
    defer { xmlTextReaderMoveToElement(reader) }
    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
      // A namespace declaration (`xmlns:p="…"`) is not an attribute of the vocabulary, and its prefix is
      // not in the dictionary ``names`` relies on.
      if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
      let value = Self.string(xmlTextReaderConstValue(reader))
      guard value.utf8.count <= limits.maximumTextBytes else {
        throw problem("an attribute of <\(name)> is over \(limits.maximumTextBytes) bytes")
      }
      body(internedName(xmlTextReaderConstLocalName(reader)), value)
    }
  }

  /// Checks the element the reader has moved to and takes its name and attribute count.
  private func enterElement() throws(XMLError) {
    textBytesSinceTag = 0
    let depth = Int(xmlTextReaderDepth(reader))
    guard depth < limits.maximumDepth else { throw problem("elements nest deeper than \(limits.maximumDepth)") }
    name = internedName(xmlTextReaderConstLocalName(reader))
    let namespacePointer = xmlTextReaderConstNamespaceUri(reader)
    if namespacePointer == nil || namespacePointer != checkedNamespace {
      guard Self.string(namespacePointer) == namespace else {
        throw problem("<\(name)> is not in the namespace \(namespace)")
      }
      checkedNamespace = namespacePointer
    }
    attributeCount = Int(xmlTextReaderAttributeCount(reader))
    guard attributeCount <= limits.maximumAttributes else {
      throw problem("<\(name)> has \(attributeCount) attributes, more than \(limits.maximumAttributes)")
    }
    if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = name }
  }

  private func noteTextLine() {
    guard let node = xmlTextReaderCurrentNode(reader) else { return }
    lastTextLine = Int(xmlGetLineNo(node))
  }

  /// The parser's own error behind a failed read, which the handler does not hear when a schema
  /// validates: libxml2 puts the schema's SAX handler in front of the parser's, and the parser's errors
  /// (invalid UTF-8, say) then go to libxml2's last error only.
  private func parserError() -> XMLError? {
    guard let error = xmlGetLastError(), error.pointee.code != 0, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue
    else { return nil }
    let message = LibXML2.cleanMessage(error.pointee.message)
    return XMLError(.malformed, "\(path):\(error.pointee.line):\(max(Int(error.pointee.int2), 1)): \(message)")
  }

  /// The name at an interned pointer, made into a string the first time it is met.
  private func internedName(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    // libxml2's dictionary packs names end to end (`id` and `version` can be three bytes apart), so the
    // slot comes from all of the pointer's bits, mixed by Fibonacci hashing, not from a few of them.
    let mixed = UInt64(UInt(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15
    let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.nameSlotBits))
    if names[slot].pointer == pointer { return names[slot].name }
    let name = Self.string(pointer)
    names[slot] = (pointer, name)
    return name
  }

  /// Throws the first error libxml2 reported, if any.
  private func checkErrors() throws(XMLError) {
    guard !sink.entries.isEmpty else { return }
    guard let entry = sink.entries.first(where: { !$0.isWarning }) else {
      sink.entries.removeAll()
      return
    }
    throw XMLError(.malformed, "\(path):\(entry.line):\(max(entry.column, 1)): \(entry.message)")
  }

  /// A problem at the current node: its line (the parser's line and column would be where the parser
  /// read ahead to, not the node's), or no line for a node without one.
  private func problem(_ reason: String) -> XMLError {
    XMLError(.malformed, nodeLine.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)")
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}

/// The file as libxml2 reads it: `read(2)` on the descriptor, each chunk shown to the observer.
private final class StreamInput {
  let descriptor: Int32
  let observer: ((UnsafeRawBufferPointer) -> Void)?

  init(descriptor: Int32, observer: ((UnsafeRawBufferPointer) -> Void)?) {
    self.descriptor = descriptor
    self.observer = observer
  }

  /// Up to `count` bytes into `buffer`: how many, 0 at the end, -1 when reading fails.
  func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
    while true {
      let result = Glibc.read(descriptor, buffer, count)
      if result < 0 && errno == EINTR { continue }
      if result > 0 { observer?(UnsafeRawBufferPointer(start: buffer, count: result)) }
      return Int32(max(result, -1))
    }
  }
}
