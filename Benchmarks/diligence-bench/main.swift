import DiligenceCore
import DiligenceStore
import Foundation
import GRDB

// diligence-bench: prints one JSON document with the figures and, beside each, the baseline
// measured in the same run. Run it with `swift run -c release diligence-bench`.

let quick = CommandLine.arguments.contains("--quick")
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("diligence-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
/// Removes the scratch folder and ends with `status` (`exit` skips top-level `defer`).
func finish(_ status: Int32 = 0) -> Never {
    try? FileManager.default.removeItem(at: scratch)
    exit(status)
}

if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
    print(BenchHelp.text)
    finish()
}
if let index = CommandLine.arguments.firstIndex(of: "--import-profile") {
    let megabytes = CommandLine.arguments.dropFirst(index + 1).first.flatMap { Int($0) } ?? 2
    let paragraphs = try ImportBenchmark.importOnce(megabytes: megabytes, directory: scratch)
    print("{\"import_profile_megabytes\": \(megabytes), \"paragraphs\": \(paragraphs)}")
    finish()
}
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let workflows = root.appendingPathComponent("Workflows")
let definitions = DefinitionDirectory.load(
    workflows: workflows, assessments: root.appendingPathComponent("Assessments"))
guard definitions.report.isValid, let lifecycle = definitions.workflow(forSubject: "partner") else {
    FileHandle.standardError.write(
        Data(
            "diligence-bench: run it from the project folder; the definitions in Workflows/ must be valid\n"
                .utf8))
    finish(1)
}
let manualPath = "Tests/Fixtures/manual-lifecycle.yaml"
let manual = DefinitionSet(files: [
    .init(
        path: manualPath,
        text: (try? String(contentsOf: root.appendingPathComponent(manualPath), encoding: .utf8)) ?? "",
        folder: .workflows)
])
guard manual.report.isValid, manual.workflow(forSubject: "partner") != nil else {
    FileHandle.standardError.write(Data("diligence-bench: \(manualPath) is missing or invalid\n".utf8))
    finish(1)
}
if let index = CommandLine.arguments.firstIndex(of: "--web-portfolio") {
    let rest = CommandLine.arguments.dropFirst(index + 1)
    guard let count = rest.first.flatMap({ Int($0) }), count > 0, let path = rest.dropFirst().first,
        !FileManager.default.fileExists(atPath: path)
    else {
        FileHandle.standardError.write(
            Data("diligence-bench: --web-portfolio COUNT FILE needs a count and a new database file\n".utf8))
        finish(1)
    }
    let seconds = try await WebPortfolio.create(path: path, count: count, definitions: definitions)
    print("{\"web_portfolio_partners\": \(count), \"seconds\": \(rounded(seconds, 1))}")
    finish()
}
// The figures commands on a generated portfolio.
let figures: [(option: String, run: ([String], DefinitionSet) async throws -> Void)] = [
    ("--work-figures", WorkFigures.run), ("--scale-figures", ScaleFigures.run),
]
if let (_, run) = figures.first(where: { CommandLine.arguments.contains($0.option) }) {
    do {
        try await run(CommandLine.arguments, definitions)
    } catch {
        FileHandle.standardError.write(Data("diligence-bench: \(error)\n".utf8))
        finish(1)
    }
    finish()
}
if CommandLine.arguments.contains("--portfolio") {
    do {
        try await PortfolioCommand.run(
            CommandLine.arguments, definitions: definitions, root: root, scratch: scratch)
    } catch {
        FileHandle.standardError.write(Data("diligence-bench: \(error)\n".utf8))
        finish(1)
    }
    finish()
}
if let index = CommandLine.arguments.firstIndex(of: "--training-import") {
    let rest = CommandLine.arguments.dropFirst(index + 1)
    let sheets = rest.first.flatMap { Int($0) } ?? 5
    let rows = rest.dropFirst().first.flatMap { Int($0) } ?? 9_999
    let results = try TrainingImportBenchmark.run(
        sheets: sheets, rows: rows, definitions: definitions, directory: scratch)
    for sheet in results {
        print(
            "{\"training_sheet\": \(sheet.number), \"rows\": \(rows), \"import_seconds\": \(rounded(sheet.importSeconds, 2)), \"write_lock_seconds\": \(rounded(sheet.lockSeconds, 2)), \"baseline_seconds\": \(rounded(sheet.baselineSeconds, 2))}"
        )
    }
    finish()
}
if let index = CommandLine.arguments.firstIndex(of: "--ocr-pages") {
    let pages = CommandLine.arguments.dropFirst(index + 1).first.flatMap { Int($0) } ?? 30
    do {
        let result = try OCRBenchmark.run(pages: pages, directory: scratch)
        print(
            "{\"ocr_scan_pages\": \(pages), \"ocr_seconds\": \(rounded(result.seconds, 1)), \"paragraphs\": \(result.paragraphs), \"target_under_60_s\": \(result.seconds < 60)}"
        )
    } catch {
        FileHandle.standardError.write(Data("diligence-bench: \(error)\n".utf8))
        finish(1)
    }
    finish()
}
if let index = CommandLine.arguments.firstIndex(of: "--corpus") {
    guard let folder = CommandLine.arguments.dropFirst(index + 1).first,
        let catalogue = definitions.clauseCatalogue
    else {
        FileHandle.standardError.write(Data("diligence-bench: --corpus takes the corpus folder\n".utf8))
        finish(2)
    }
    do {
        try CorpusEvaluation.run(
            corpus: URL(fileURLWithPath: folder), catalogue: catalogue,
            renderings: CorpusRendering.chosen(CommandLine.arguments),
            scratch: scratch)
    } catch {
        FileHandle.standardError.write(Data("diligence-bench: \(error)\n".utf8))
        finish(1)
    }
    finish()
}
if CommandLine.arguments.contains("--engine-only") {
    let engine = try EngineBenchmark.run(definition: lifecycle, partners: 5_000)
    print("{\"engine_steps_per_second\": \(rounded(engine.stepsPerSecond, 0))}")
    finish()
}
if let index = CommandLine.arguments.firstIndex(of: "--store-profile") {
    let rest = CommandLine.arguments.dropFirst(index + 1)
    guard let figure = rest.first, let count = rest.dropFirst().first.flatMap({ Int($0) }) else {
        FileHandle.standardError.write(
            Data(
                "diligence-bench: --store-profile takes a figure (\(StoreProfile.figures.joined(separator: ", "))) and a count\n"
                    .utf8))
        finish(2)
    }
    do {
        try StoreProfile.run(
            figure: figure, count: count, manual: manual, shipped: definitions, directory: scratch)
    } catch {
        FileHandle.standardError.write(Data("diligence-bench: \(error)\n".utf8))
        finish(1)
    }
    finish()
}
if CommandLine.arguments.contains("--store-split") {
    // In memory: what a transition costs in the store without the disk, for profiling.
    let store = try DiligenceStore(writer: try DatabaseQueue(), logger: .init(label: "x"))
    let officer = Actor(user: "bench", role: "programme_officer")
    _ = try store.registerPartner(
        name: "Bench", country: "KE", type: .ngo, actor: officer, definitions: manual, now: Date())
    for step in StoreBenchmark.manualSetup {
        _ = try store.send(
            subject: "P-0001", event: step.event, assignments: step.data,
            actor: Actor(user: "bench", role: step.role), definitions: manual, now: Date())
    }
    let manager = Actor(user: "bench", role: "manager")
    let count = quick ? 3_000 : 15_000
    let seconds = try Measure.seconds {
        for index in 0..<count {
            _ = try store.send(
                subject: "P-0001", event: index % 2 == 0 ? "suspend" : "resume",
                assignments: index % 2 == 0 ? [(field: "suspension_reason", value: "x")] : [], actor: manager,
                definitions: manual, now: Date())
        }
    }
    let shippedStore = try DiligenceStore(writer: try DatabaseQueue(), logger: .init(label: "x"))
    let start = Date()
    try ShippedPartner.prepare(shippedStore, definitions: definitions, start: start)
    let shippedSeconds = try Measure.seconds {
        for index in 0..<count {
            _ = try shippedStore.send(
                subject: "P-0001", event: ShippedPartner.events[index % 2], assignments: [],
                actor: ShippedPartner.officer, definitions: definitions,
                now: ShippedPartner.eventDate(start: start))
        }
    }
    print(
        "{\"in_memory_sends_per_second_manual\": \(Int(Double(count) / seconds)), \"in_memory_sends_per_second_shipped\": \(Int(Double(count) / shippedSeconds))}"
    )
    finish()
}
if CommandLine.arguments.contains("--import-only") {
    let imports = try ImportBenchmark.run(
        catalogue: definitions.clauseCatalogue, directory: scratch, quick: quick)
    print(
        "{\"import_xml_megabytes\": \(rounded(Double(imports.xmlBytes) / 1_000_000, 1)), \"import_xml_seconds\": \(rounded(imports.importSeconds, 3)), \"xmllint_stream_seconds\": \(imports.xmllintSeconds.map { String(rounded($0, 3)) } ?? "null"), \"ratio_import_vs_xmllint\": \(imports.xmllintSeconds.map { String(rounded(imports.importSeconds / $0, 2)) } ?? "null"), \"import_docx_seconds\": \(rounded(imports.docxSeconds, 3)), \"clause_detection_ms\": \(rounded(imports.detectionMilliseconds, 2)), \"findings\": \(imports.findings)}"
    )
    finish()
}
if CommandLine.arguments.contains("--store-only") {
    var report: [String: Any] = [:]
    for (durability, count) in [
        (DiligenceStore.Durability.normal, quick ? 300 : 3_000), (.full, quick ? 150 : 1_500),
    ] {
        let figures = try StoreBenchmark.run(
            manual: manual, shipped: definitions, durability: durability, count: count, directory: scratch)
        report.merge(StoreBenchmark.report(figures, durability: durability)) { _, new in new }
    }
    let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
    finish()
}

do {
    let engine = try EngineBenchmark.run(definition: lifecycle, partners: quick ? 2_000 : 40_000)
    let peerEvents = quick ? 20_000 : 200_000
    let peer = PeerBenchmark.run(
        script: root.appendingPathComponent("Benchmarks/peers/transitions_lifecycle.py"), events: peerEvents)
    let normal = try StoreBenchmark.run(
        manual: manual, shipped: definitions, durability: .normal, count: quick ? 300 : 3_000,
        directory: scratch)
    let full = try StoreBenchmark.run(
        manual: manual, shipped: definitions, durability: .full, count: quick ? 150 : 1_500,
        directory: scratch)
    let shippedFiles = (try FileManager.default.contentsOfDirectory(atPath: workflows.path)).filter {
        $0.hasSuffix(".yaml")
    }.sorted()
        .map { name in
            DefinitionSet.File(
                path: "Workflows/" + name,
                text: (try? String(contentsOf: workflows.appendingPathComponent(name), encoding: .utf8))
                    ?? "", folder: .workflows)
        }
    let shippedMs = try LoadBenchmark.milliseconds(shippedFiles, runs: 9)
    let generated = LoadBenchmark.generatedWorkflow(states: 1_000)
    let generatedMs = try LoadBenchmark.milliseconds(
        [DefinitionSet.File(path: "generated.yaml", text: generated, folder: .workflows)], runs: 5)
    let generatedStates =
        (DefinitionSet(files: [.init(path: "g.yaml", text: generated, folder: .workflows)]).workflows[
            "generated"]?.states.count ?? 1) - 1

    let imports = try ImportBenchmark.run(
        catalogue: definitions.clauseCatalogue, directory: scratch, quick: quick)

    var report: [String: Any] = [
        "machine":
            "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB",
        "engine_steps_per_second": rounded(engine.stepsPerSecond, 0),
        "engine_steps": engine.steps,
        "load_shipped_definitions_ms": rounded(shippedMs, 2),
        "load_generated_workflow_ms": rounded(generatedMs, 1),
        "generated_workflow_states": generatedStates,
        "peer": peer.note,
        "import_xml_megabytes": rounded(Double(imports.xmlBytes) / 1_000_000, 1),
        "import_xml_seconds": rounded(imports.importSeconds, 3),
        "xmllint_stream_seconds": imports.xmllintSeconds.map { rounded($0, 3) as Any } ?? NSNull(),
        "xmllint": imports.xmllintNote,
        "ratio_import_vs_xmllint": imports.xmllintSeconds.map {
            rounded(imports.importSeconds / $0, 2) as Any
        } ?? NSNull(),
        "import_docx_pages": imports.docxPages,
        "import_docx_seconds": rounded(imports.docxSeconds, 3),
        "clause_detection_pages": imports.detectionPages,
        "clause_detection_ms": rounded(imports.detectionMilliseconds, 2),
        "clause_detection_findings": imports.findings,
    ]
    report.merge(StoreBenchmark.report(normal, durability: .normal)) { _, new in new }
    report.merge(StoreBenchmark.report(full, durability: .full)) { _, new in new }
    if let rate = peer.eventsPerSecond {
        report["transitions_events_per_second"] = rounded(rate, 0)
        report["ratio_vs_transitions"] = rounded(engine.stepsPerSecond / rate, 1)
    } else {
        report["ratio_vs_transitions"] = NSNull()
    }
    report["targets"] = [
        "ratio_vs_transitions >= 20": peer.eventsPerSecond.map { engine.stepsPerSecond / $0 >= 20 } as Any,
        "ratio_vs_sqlite_normal >= 0.5": normal.ratio >= 0.5,
        "ratio_vs_sqlite_full >= 0.5": full.ratio >= 0.5,
        "load_generated_workflow_ms < 250": generatedMs < 250,
        "ratio_import_vs_xmllint <= 1.5": imports.xmllintSeconds.map { imports.importSeconds / $0 <= 1.5 }
            as Any,
        "clause_detection_ms < 50": imports.detectionMilliseconds < 50,
    ]
    let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} catch {
    FileHandle.standardError.write(Data("diligence-bench: \(error)\n".utf8))
    finish(1)
}
finish()
