/// The byte offsets that a document's evidence points at, noted while the evidence is
/// encoded (`SourceLocation` and the packed places note themselves). A claim file keeps
/// the line text at each, so a cross-document finding there reads the same as in one run,
/// without the article at hand. Locations in the document itself leave its path out.
final class LineNotes: @unchecked Sendable {
    static let key = CodingUserInfoKey(rawValue: "factlint.lineNotes")!
    /// The document whose evidence is being encoded.
    let path: String
    init(path: String) { self.path = path }
    /// Filled by one encoder on one thread; sorted before use, so order never matters.
    private(set) var offsets = Set<Int>()

    static func note(_ offset: Int, _ encoder: any Encoder) {
        (encoder.userInfo[key] as? LineNotes)?.offsets.insert(offset)
    }
}

/// What reading a document's evidence back needs: the rules (each decodes its own
/// evidence type) and the document's path, which its locations leave out.
final class EvidenceReading: @unchecked Sendable {
    static let key = CodingUserInfoKey(rawValue: "factlint.evidenceReading")!
    let rules: [any Rule]
    /// Set from the record before its evidence is read (one decoder, one thread).
    var path: String?
    init(rules: [any Rule]) { self.rules = rules }
}
