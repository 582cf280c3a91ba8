/// The byte offsets that a document's evidence points at, noted while the evidence is
/// encoded (`SourceLocation` and the packed places note themselves). A claim file keeps
/// the line text at each, so a cross-document finding there reads the same as in one run,
/// without the article at hand.
final class LineNotes: @unchecked Sendable {
    static let key = CodingUserInfoKey(rawValue: "factlint.lineNotes")!
    /// Filled by one encoder on one thread; sorted before use, so order never matters.
    private(set) var offsets = Set<Int>()

    static func note(_ offset: Int, _ encoder: any Encoder) {
        (encoder.userInfo[key] as? LineNotes)?.offsets.insert(offset)
    }
}
