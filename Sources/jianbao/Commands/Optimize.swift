import ArgumentParser
import Foundation
import JianbaoStore

/// `jianbao optimize`: after a big ingest, merge the search index so that first searches are fast.
struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the archive's search index into one segment (after a big ingest).",
        discussion: """
            An ingest leaves the full-text index in several segments, and every search looks each term up in \
            each of them. This merges them into one (FTS5 optimize) and folds the write-ahead log back into the \
            archive. It rewrites the whole index (about a minute for a million articles here), while other writers wait. \
            Searching gives the same results before and after.
            """)

    @OptionGroup var archive: ArchiveOption

    func run() throws {
        let store = try archive.open()
        let started = Date()
        let (before, after) = try store.optimizeSearchIndex()
        print(String(format: "search index of %@: %d segment(s) → %d in %.1f s", archive.path, before, after, Date().timeIntervalSince(started)))
    }
}
