/// A document analysed once: its own findings and the evidence it gives the cross-document
/// pass. For callers that check nearly the same corpus again and again (an editor's
/// language server): only the documents that changed are analysed again, and
/// `check(analysed:)` runs the cross-document pass over all of them.
///
/// Contract: `check(analysed: analyse(documents))` gives the same result as
/// `check(bytes: documents)`; the analysed values are not consumed and can be reused.
public struct AnalysedDocument: Sendable {
    public let path: String
    /// The bytes analysed; a caller compares them to tell whether a document changed.
    public let bytes: [UInt8]
    let outcome: Engine.DocumentOutcome
}

extension Engine {
    /// Analyses documents held in memory, in parallel.
    public func analyse(_ documents: [(path: String, bytes: [UInt8])]) -> [AnalysedDocument] {
        parallelMap(documents.count) { i in
            let (path, bytes) = documents[i]
            return AnalysedDocument(path: path, bytes: bytes, outcome: analyse(path: path, text: SourceText(bytes: bytes)))
        }
    }

    /// The cross-document pass over documents analysed earlier (give them in path order, as
    /// `check` would read them), plus each one's own findings.
    public func check(analysed documents: [AnalysedDocument]) -> CheckResult {
        var outcomes = documents.map(\.outcome) // a copy: the pass releases evidence as it goes
        return finish(&outcomes, paths: documents.map(\.path), reportable: documents.map { _ in true }) { i in
            documents[i].bytes
        }
    }
}
