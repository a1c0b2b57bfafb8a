import ArgumentParser
import Foundation
import ParallaxKit

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Save web pages (URLs or files) into the corpus folder.",
        discussion: """
            Each page is checked to be a web page with an article in it, then saved
            byte for byte as <outlet>_<date>_<title>.html; an existing file is never
            overwritten (a new page gets -2, -3...). Pages that fail are reported on
            standard error and not saved; the exit status is 1 if any failed.
            """)

    @Argument(help: ArgumentHelp("http(s) URLs or saved .html files.", valueName: "url-or-file"))
    var sources: [String]

    @Option(name: .customLong("to"), help: ArgumentHelp("The corpus folder to save into (created if missing).", valueName: "dir"))
    var folder = "corpus"

    @Option(help: ArgumentHelp("Seconds allowed for each download, redirects included.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    static let maxBytes = 10_000_000

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one URL or file") }
        if !(timeout > 0 && timeout <= 3600) { throw ValidationError("--timeout must be between 0 and 3600 seconds") }
    }

    func run() throws {
        let fetcher = PageFetcher(userAgent: "Parallax/\(Parallax.version) (+terminal news reader)",
                                  timeout: timeout, idleTimeout: 15, maxBytes: Self.maxBytes, maxRedirects: 5)
        let adder = PageAdder(fetcher: fetcher, folder: URL(fileURLWithPath: folder))
        var saved: [[String: String?]] = []
        var failed: [[String: String]] = []
        for source in sources {
            switch adder.add(source) {
            case .success(let page):
                let path = shownPath(page.file)
                let d = page.document
                saved.append(["source": source, "path": path, "title": d.title, "outlet": d.outlet, "date": d.date,
                              "url": d.url])
                if format == .text {
                    print("saved \(path)")
                    print("  title: \(d.title ?? "-")")
                    print("  outlet: \(d.outlet ?? "-")")
                    print("  date: \(d.date ?? "-")")
                }
            case .failure(let failure):
                failed.append(["source": source, "error": failure.description])
                FileHandle.standardError.write(Data("parallax: \(source): \(failure), nothing saved\n".utf8))
            }
        }
        if format == .json {
            struct Report: Encodable {
                let saved: [[String: String?]]
                let failed: [[String: String]]
            }
            printData(try AnalysisJSON.encoder.encode(Report(saved: saved, failed: failed)))
        }
        if !failed.isEmpty { throw ExitCode(1) }
    }

    /// The saved file as the user named the folder: "corpus/x.html", not an absolute path.
    private func shownPath(_ file: URL) -> String {
        folder.hasSuffix("/") ? folder + file.lastPathComponent : folder + "/" + file.lastPathComponent
    }
}
