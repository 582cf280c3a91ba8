import FactlintCLI
import Foundation
import Testing

/// However a file is named on the command line, it is one file: baselines match and the
/// corpus counts it once.
@Suite struct PathSpellingTests {
    func text(_ r: Subprocess) -> String { String(decoding: r.out, as: UTF8.self) }

    @Test func baselineMatchesWhateverTheSpellingOfThePath() throws {
        let s = try Scratch()
        try s.write("articles/a.txt", "The carrier docked at Yokosuk.\n")
        let articles = s.url.appendingPathComponent("articles")
        let record = try Subprocess.run(["--rules", rulesPath, "--write-baseline", "baseline.json", "articles"], directory: s.url)
        #expect(record.status == ExitCode.clean, "\(record.err)")
        let baseline = s.path("baseline.json")
        let spellings: [([String], URL)] = [
            (["articles"], s.url), (["./articles"], s.url), (["articles/"], s.url), (["articles/./a.txt"], s.url),
            ([articles.path], s.url), (["."], articles), (["a.txt"], articles), (["../articles/a.txt"], articles),
        ]
        for (paths, folder) in spellings {
            let run = try Subprocess.run(["--rules", rulesPath, "--baseline", baseline] + paths, directory: folder)
            #expect(run.status == ExitCode.clean && run.out.isEmpty, "\(paths) from \(folder.lastPathComponent): \(text(run))")
        }
        // The finding is still there for a baseline that does not hold it.
        try s.write("articles/b.txt", "The carrier docked at Yokosuk.\n")
        let new = try Subprocess.run(["--rules", rulesPath, "--baseline", baseline, "./articles"], directory: s.url)
        #expect(new.status == ExitCode.findings && text(new).hasPrefix("./articles/b.txt:1:23:"))
    }

    @Test func corpusAndPathCountAFileOnce() throws {
        let s = try Scratch()
        // Two wordings of one quotation, one article each: a tie, so the fuller one (x) is
        // the reference and y is reported. Were y read twice (named, and again through the
        // corpus under another spelling) its wording would win two articles to one.
        try s.write("seeds/x.txt", "“We will be there for you, whatever you need, whenever you call,” Trump said.\n")
        try s.write("seeds/y.txt", "“We will be there for you, whatever you need, whenever call,” Trump said.\n")
        let once = try Subprocess.run(["--rules", rulesPath, "--corpus", "./seeds", "seeds/y.txt"], directory: s.url)
        let plain = try Subprocess.run(["--rules", rulesPath, "--corpus", "seeds", "seeds/y.txt"], directory: s.url)
        let twice = try Subprocess.run(["--rules", rulesPath, "--corpus", "./seeds", "--corpus", s.path("seeds"), "./seeds/y.txt", "seeds/y.txt"], directory: s.url)
        #expect(text(plain).hasPrefix("seeds/y.txt:1:") && text(plain).contains("[quote-drift]"), "\(text(plain))")
        // The same findings; only the spelling of paths may differ.
        func same(_ r: Subprocess) -> String { text(r).replacingOccurrences(of: "./seeds/", with: "seeds/") }
        #expect(same(once) == same(plain))
        #expect(same(twice) == same(plain))
        #expect(once.err == plain.err && twice.err == plain.err, "\(twice.err)")
        #expect(plain.err.hasSuffix("in 1 file\n"), "\(plain.err)")
    }
}
