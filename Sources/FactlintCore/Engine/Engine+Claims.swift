/// Claim files (ClaimFile.swift): each document's findings and evidence written out, and
/// the cross-document pass run later over documents read back from several files.
///
/// Contract: `check(claims: combine(files made from a partition of the sources))` gives
/// the same result as `check(sources)`.
extension Engine {
    /// The claim file of `sources` (in the order given), as lines: the header, then one line
    /// per document. `failures` are the documents that could not be read (recorded too).
    public func claimFile(_ sources: [Source], header: ClaimFile.Header) throws -> (lines: [String], failures: [String]) {
        let rules = ruleSet.rules
        let documents = parallelMap(sources.count) { i -> Result<(String, String?), ClaimFile.Failure> in
            let source = sources[i]
            let bytes: [UInt8]
            var outcome: DocumentOutcome
            switch source.bytes.map({ .success(SourceText(bytes: $0)) }) ?? FileLoader.load(source.path) {
            case .failure(let message):
                (bytes, outcome) = ([], DocumentOutcome(diagnostics: [], evidence: [], failure: message))
            case .success(let text):
                (bytes, outcome) = (text.bytes, analyse(path: source.path, text: text))
            }
            do {
                let line = try ClaimFile.Entry.line(path: source.path, reportable: source.reportable, outcome: outcome,
                                                    bytes: bytes, rules: rules)
                return .success((line, outcome.failure))
            } catch {
                return .failure(ClaimFile.Failure(description: "\(source.path): cannot write its claims: \(error)"))
            }
        }
        var lines = [String(decoding: try ClaimFile.encoder().encode(header), as: UTF8.self)]
        var failures: [String] = []
        for document in documents {
            let (line, failure) = try document.get()
            lines.append(line)
            if let failure { failures.append(failure) }
        }
        return (lines, failures)
    }

    /// The cross-document pass over documents read from claim files (`ClaimFile.combine`),
    /// plus each one's own findings; line texts come from the files.
    public func check(claims: ClaimFile.Contents) -> CheckResult {
        var outcomes = claims.entries.map(\.outcome)
        return finish(&outcomes, paths: claims.entries.map(\.path), reportable: claims.entries.map(\.reportable)) { i in
            let lines = claims.entries[i].lines
            return { lines[$0.byteRange.lowerBound] ?? "" }
        }
    }
}
