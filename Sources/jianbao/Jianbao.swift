import ArgumentParser

@main
struct Jianbao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jianbao",
        abstract: "剪报 Jianbao: turns the raw text of Chinese newspaper pages back into articles.",
        discussion: """
            Start with `jianbao clip Samples/liaoning-daily-2020-03-05-p2.txt --format text`.
            """,
        subcommands: [Clip.self, Extract.self, Ingest.self, Search.self, Show.self, People.self, Places.self, Orgs.self, Export.self, Dupes.self, Serve.self, Optimize.self, BenchSearch.self]
    )
}
