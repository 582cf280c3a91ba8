import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One file to check.
public struct Source: Sendable {
    public var path: String
    /// Read for comparison only: its own findings are not reported (`--corpus`).
    public var reportable: Bool
    /// The content when it is not read from `path` (stdin, an editor's buffer, a pipe).
    public var bytes: [UInt8]?

    public init(path: String, reportable: Bool = true, bytes: [UInt8]? = nil) {
        self.path = path
        self.reportable = reportable
        self.bytes = bytes
    }
}

/// What a run found. `failures` are inputs that could not be read at all.
public struct CheckResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var failures: [String]
    public var filesChecked: Int
    /// Digest of each file's bytes as checked (only when the engine was asked to keep them).
    public var digests: [String: UInt64] = [:]
    /// Where the time went (only when the engine was asked to measure it).
    public var timings: Timings? = nil
}

/// Runs every rule on every document, then the cross-document pass.
///
/// Contract: the result depends only on the rules and the bytes of the inputs, never on
/// thread scheduling; diagnostics come back in `Diagnostic.ordered` order. Documents are
/// processed in parallel and dropped after their checks, so memory holds findings and
/// evidence, not text.
public struct Engine: Sendable {
    public let ruleSet: RuleSet
    public let workers: Int
    /// Keep a digest of every file (for `--fix`, which must not write a file that changed).
    public var recordDigests = false
    /// Measure each rule's time (`--timing`); off by default, as reading the clock is not free.
    public var measureTime = false

    public init(ruleSet: RuleSet, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.ruleSet = ruleSet
        self.workers = max(1, workers)
    }

    /// Checks files on disk.
    public func check(_ sources: [Source]) -> CheckResult {
        var outcomes = parallelMap(sources.count) { i -> DocumentOutcome in
            let source = sources[i]
            switch source.bytes.map({ .success(SourceText(bytes: $0)) }) ?? FileLoader.load(source.path) {
            case .failure(let message):
                return DocumentOutcome(diagnostics: [], evidence: [], failure: message)
            case .success(let text):
                var outcome = analyse(path: source.path, text: text)
                if recordDigests { outcome.digest = ContentDigest.of(text.bytes) }
                return outcome
            }
        }
        var digests: [String: UInt64] = [:]
        if recordDigests {
            for (source, outcome) in zip(sources, outcomes) { digests[source.path] = outcome.digest }
        }
        var result = finish(&outcomes, paths: sources.map(\.path), reportable: sources.map(\.reportable)) { i in
            sources[i].bytes ?? FileLoader.bytes(sources[i].path)
        }
        result.digests = digests
        return result
    }

    /// Checks texts held in memory (tests, examples).
    public func check(texts: [(path: String, text: String)]) -> CheckResult {
        check(bytes: texts.map { ($0.path, Array($0.text.utf8)) })
    }

    /// Checks raw bytes held in memory, as if read from files (fuzzing, editors).
    public func check(bytes documents: [(path: String, bytes: [UInt8])]) -> CheckResult {
        var outcomes = parallelMap(documents.count) { i in
            analyse(path: documents[i].path, text: SourceText(bytes: documents[i].bytes))
        }
        return finish(&outcomes, paths: documents.map(\.path), reportable: documents.map { _ in true }) { i in
            documents[i].bytes
        }
    }

    struct DocumentOutcome: Sendable {
        var diagnostics: [Diagnostic]
        /// Per rule, that rule's evidence array (`[R.Evidence]`), boxed once; nil when empty.
        var evidence: [(any Sendable)?]
        var failure: String?
        var digest: UInt64? = nil
        /// Nanoseconds: document preparation first, then each rule's `check`.
        var nanos: [UInt64] = []
        /// Inline `factlint-disable` comments (Markdown, HTML), applied to cross-document findings too.
        var suppressions = Suppressions()
    }

    func analyse(path: String, text: SourceText) -> DocumentOutcome {
        var diagnostics = EncodingCheck.diagnostics(path: path, text: text)
        if case .binary = text.encoding { return DocumentOutcome(diagnostics: diagnostics, evidence: [], failure: nil) }
        if case .utf16 = text.encoding { return DocumentOutcome(diagnostics: diagnostics, evidence: [], failure: nil) }
        var clock = Stopwatch(enabled: measureTime)
        let prose = ArticleFormat(path: path).prose(of: text)
        let document = Document(path: path, text: prose.text, source: text, lexicon: ruleSet.lexicon)
        clock.lap()
        var evidence: [(any Sendable)?] = []
        evidence.reserveCapacity(ruleSet.rules.count)
        for rule in ruleSet.rules {
            evidence.append(Self.run(rule, document, &diagnostics))
            clock.lap()
        }
        if !prose.suppressions.isEmpty { diagnostics.removeAll(where: prose.suppressions.suppresses) }
        if prose.text.bytes != text.bytes { Self.dropFixesOverMarkup(&diagnostics, prose: prose.text.bytes, source: text.bytes) }
        return DocumentOutcome(diagnostics: diagnostics, evidence: evidence, failure: nil, nanos: clock.laps,
                               suppressions: prose.suppressions)
    }

    private static func run<R: Rule>(_ rule: R, _ document: Document, _ diagnostics: inout [Diagnostic]) -> (any Sendable)? {
        var findings = Findings<R.Evidence>()
        rule.check(document, into: &findings)
        diagnostics.append(contentsOf: findings.diagnostics)
        return findings.evidence.isEmpty ? nil : findings.evidence
    }

    /// Concatenates rule `r`'s evidence from every document, releasing each part as it goes.
    private static func gather<R: Rule>(_ rule: R, _ r: Int, _ outcomes: inout [DocumentOutcome]) -> any Sendable {
        var all: [R.Evidence] = []
        for i in outcomes.indices where r < outcomes[i].evidence.count {
            guard let part = outcomes[i].evidence[r] else { continue }
            all += part as! [R.Evidence] // each rule only ever sees its own evidence
            outcomes[i].evidence[r] = nil
        }
        return all
    }

    /// Runs a rule's cross-document pass on what `gather` collected for it.
    private static func compare<R: Rule>(_ rule: R, _ gathered: any Sendable) -> [Diagnostic] {
        let all = gathered as! [R.Evidence]
        var diagnostics: [Diagnostic] = []
        if !all.isEmpty { rule.compare(all, into: &diagnostics) }
        return diagnostics
    }

    /// Consumes the outcomes: each rule's evidence is released once its comparison has it.
    /// `reload` gives a document's text again, for the line text of cross-document findings.
    func finish(_ outcomes: inout [DocumentOutcome], paths: [String], reportable: [Bool],
                        reload: (Int) -> [UInt8]?) -> CheckResult {
        finish(&outcomes, paths: paths, reportable: reportable) { i in
            reload(i).map { bytes in { SourceText.lineText(in: bytes, at: $0.byteRange.lowerBound) } }
        }
    }

    /// `lines` gives a document's line texts (by location) again, for cross-document findings.
    func finish(_ outcomes: inout [DocumentOutcome], paths: [String], reportable: [Bool],
                lines: (Int) -> ((SourceLocation) -> String)?) -> CheckResult {
        var diagnostics: [Diagnostic] = []
        for outcome in outcomes { diagnostics += outcome.diagnostics }
        let crossDocument = diagnostics.count
        var timings = measureTime ? Timings(rules: ruleSet.rules.map(\.meta.id), outcomes.map(\.nanos)) : nil
        // Rules compare independently, so their passes share the workers; results are
        // concatenated in rule order whatever finishes first.
        let gathered: [any Sendable] = ruleSet.rules.enumerated().map { Self.gather($1, $0, &outcomes) }
        let compared = parallelMap(ruleSet.rules.count) { r -> ([Diagnostic], Double) in
            var clock = Stopwatch(enabled: measureTime)
            let found = Self.compare(ruleSet.rules[r], gathered[r])
            clock.lap()
            return (found, clock.seconds)
        }
        for (r, (found, seconds)) in compared.enumerated() {
            diagnostics += found
            timings?.rules[r].compare = seconds
        }
        Self.applySuppressions(&diagnostics, from: crossDocument, outcomes, paths)
        Self.fillLineText(&diagnostics[crossDocument...], paths: paths, reportable: reportable, lines: lines)
        if reportable.contains(false) {
            let hidden = Set(zip(paths, reportable).filter { !$0.1 }.map(\.0))
            diagnostics.removeAll { hidden.contains($0.location.path) }
        }
        Self.dropBuiltinDuplicates(&diagnostics, ruleSet)
        let failures = outcomes.compactMap(\.failure)
        return CheckResult(diagnostics: diagnostics.sorted(by: Diagnostic.ordered), failures: failures,
                           filesChecked: outcomes.count - failures.count, timings: timings)
    }

    /// Evidence carries locations, not the text of whole lines (that would keep most of an
    /// archive in memory), so the line text of a cross-document finding, which baselines and
    /// fingerprints key on, is read back here: once per file that has such a finding.
    private static func fillLineText(_ diagnostics: inout ArraySlice<Diagnostic>, paths: [String], reportable: [Bool],
                                     lines: (Int) -> ((SourceLocation) -> String)?) {
        var pending: [String: [Int]] = [:]
        for i in diagnostics.indices where diagnostics[i].lineText.isEmpty { pending[diagnostics[i].location.path, default: []].append(i) }
        guard !pending.isEmpty else { return }
        for (index, path) in paths.enumerated() where reportable[index] { // the rest is not reported
            guard let waiting = pending.removeValue(forKey: path), let lineText = lines(index) else { continue }
            for i in waiting { diagnostics[i].lineText = lineText(diagnostics[i].location) }
        }
    }

    /// Maps `0..<count` on all workers; results keep their index order.
    func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count == 0 { return [] }
        if workers == 1 || count == 1 { return (0..<count).map(body) }
        let results = ResultSlots<T>(count: count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
            while case let i = next.take(), i < count { results.store(body(i), at: i) }
        }
        return results.values()
    }
}

/// Slots filled once each by concurrent workers. The lock makes publication safe.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = MutexLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func store(_ value: T, at i: Int) { lock.lock(); slots[i] = value; lock.unlock() }
    func values() -> [T] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}

private final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = MutexLock()
    func take() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
