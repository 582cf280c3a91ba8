import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The articles of one run: the files named or found under the folders named (filtered by
/// their configs), stdin when the path is `-`, and the `--corpus` articles read for
/// comparison only. A folder that yields no article is an error, never a green run.
struct Inputs {
    var walk: FileWalker.Walk
    var sources: [Source]
    /// Entries the walks found but could not check: warnings, like any finding.
    var skipped: [Diagnostic] = []

    static func gather(_ options: Options, _ settings: RunSettings) throws -> Inputs {
        let walker = FileWalker(includes: options.includes, excludes: options.excludes)
        if options.paths == ["-"] {
            let path = options.stdinFilename ?? "<stdin>"
            let bytes = FileDescriptorIO.readAll(0)
            return try withCorpus(FileWalker.Walk(files: [path]), [Source(path: path, bytes: bytes)], walker, settings, options)
        }
        var walk = walker.walk(options.paths)
        if !walk.errors.isEmpty { throw UsageError(walk.errors.joined(separator: "\nfactlint: ")) }
        let named = Set(options.paths)
        walk.files = try walk.files.filter { try settings.keep($0, walked: !named.contains($0)) }
        for path in options.paths where isFolder(path) {
            let prefix = path.hasSuffix("/") ? path : path + "/"
            if !walk.files.contains(where: { $0.hasPrefix(prefix) }) {
                let types = ArticleFormat.extensions.map { "." + $0.ext }.joined(separator: ", ")
                throw UsageError("no articles found under \(path) (looked for \(options.includes.isEmpty ? types : options.includes.joined(separator: ", ")))")
            }
        }
        // A pipe named on the command line (`<(cmd)`, /dev/stdin) is read here, once; one met
        // while walking a folder is the engine's to refuse (it never ends).
        return try withCorpus(walk, walk.files.map { named.contains($0) ? source($0) : Source(path: $0) }, walker, settings, options)
    }

    private static func withCorpus(_ walk: FileWalker.Walk, _ sources: [Source], _ walker: FileWalker,
                                   _ settings: RunSettings, _ options: Options) throws -> Inputs {
        let corpus = walker.walk(options.corpus)
        if !corpus.errors.isEmpty { throw UsageError(corpus.errors.joined(separator: "\nfactlint: ")) }
        // One document per file however it is spelled ("./seeds/x.txt" and "seeds/x.txt").
        var resolver = CanonicalPath.Resolver()
        let named = corpus.files.isEmpty ? [] : Set(walk.files.map { resolver.of($0) })
        let extra = try corpus.files.filter { try !named.contains(resolver.of($0)) && settings.keep($0, walked: true) }
        return Inputs(walk: walk, sources: sources + extra.map { Source(path: $0, reportable: false) },
                      skipped: walk.skipped + corpus.skipped)
    }

    /// A file on disk is read by the engine; a pipe or device (`/dev/stdin`, `<(cmd)`) can
    /// be read once only, so it is read here.
    static func source(_ path: String) -> Source {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG,
              let bytes = FileDescriptorIO.readAll(path: path) else { return Source(path: path) }
        return Source(path: path, bytes: bytes)
    }

    static func isFolder(_ path: String) -> Bool {
        FileTree.existence(atPath: path).isFolder
    }
}
