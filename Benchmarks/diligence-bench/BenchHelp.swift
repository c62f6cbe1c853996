/// What `diligence-bench --help` prints.
enum BenchHelp {
    static let text = """
        diligence-bench: the figures of issue 3, each beside a baseline measured in the same run.
        Run it from the project folder: swift run -c release diligence-bench [MODE] [--quick]

        Modes:
          (none)          everything, as one JSON document with the targets
          --engine-only   pure engine steps per second on the shipped partner lifecycle
          --store-only    committed transitions per second, WAL with synchronous=NORMAL and FULL
          --store-split   the same through an in-memory database (what the store costs without the disk)
          --import-only   agreement import and clause detection
          --store-profile FIGURE COUNT
                          one committed-transition figure alone (manual, shipped, raw or rows), COUNT
                          times with synchronous=NORMAL and no audit: a run to profile with callgrind
          --import-profile [MB]
                          import a generated agreement XML of MB megabytes (default 2) once, nothing
                          else: for a profiler (valgrind --tool=callgrind)
          --corpus FOLDER clause detection on a labelled corpus of real agreements (labels.json in
                          FOLDER, e.g. ../shared/corpus/agreements): recall and precision per language
                          and per clause, for each document as it is, printed to PDF and scanned
                          (--rendering original|pdf|scan, repeatable: only those; --explain: why each finding differs
                          from its label)
          --training-import [SHEETS] [ROWS]
                          SHEETS attendance sheets of ROWS rows (default 5 of 9,999) imported on one
                          partner, each beside plain inserts of the same rows (scripts/bench-training-import)
          --web-portfolio COUNT FILE
                          a new database of COUNT generated partners and the accounts bench.admin,
                          amina.diallo and henrik.larsen, for the web load benchmark (scripts/bench-web)
          --portfolio COUNT --db PATH [--verify]
                          a new database (a SQLite file or a postgres:// URL) of COUNT generated partners
                          taken through drawn stories, about 50 events each, in batches; prints the
                          accounts (password "portfolio pass 1") and, with --verify, audit verify's time
          --scale-figures --db PATH [--skip-verify]
                          on a generated portfolio: audit verify (time, peak memory), tick with nothing
                          due, the risk report and a filtered page of the partner list, each beside the
                          way it was computed before; the portfolio page, what every page's navigation
                          counts (as --work-figures) and the whole `audit risk` command (when the
                          diligence binary is built beside diligence-bench)
          --work-figures --db PATH
                          on a generated portfolio: an account's work and the reviewer's queue, first
                          made and on the first page after a sign-in, beside the way they were made
                          before (logs a sign-in of the manager and the reviewer for each run)
          --ocr-pages [N] a scanned agreement of N pages (default 30) imported through OCR, timed
          --quick         fewer repetitions (a smoke test, not a measurement)

        Engine steps: the shipped lifecycle (Workflows/partner-lifecycle.yaml), eight operations per
        partner (start, start_assessment, complete_assessment, a refresh clearing the agreement,
        confirm_training, suspend, resume, close), the partner's facts given to every operation as the
        store gives them. Benchmarks/peers/transitions_lifecycle.py runs the same cycle with the same
        guards in the Python library transitions.

        Committed transitions: one BEGIN IMMEDIATE transaction per event. ratio_vs_sqlite_* is taken on
        the lifecycle with facts set by hand (Tests/Fixtures/manual-lifecycle.yaml: an active partner
        suspended and resumed); shipped_lifecycle_* is the shipped lifecycle, whose facts the store
        computes from the partner's assessment before each event (a partner with a low determination,
        reassess and complete_assessment in turn). The baseline: one-row INSERT transactions with the
        same pragmas on the same disk. A second baseline, store_rows_*: the rows one hand-set
        transition writes (the log row with its index, the snapshot update, the notification), written
        by plain SQL with no engine, hashing or JSON; store_rows_ratio_vs_sqlite_* is the most the
        store's write set allows, ratio_vs_store_rows_* how close the store comes to it. Timings
        alternate in rounds so load on the machine falls on all.

        Import: a generated agreement XML of about 20 MB (2 MB with --quick), imported from the file
        and beside it xmllint --stream --noout on the same file, alternating in seven rounds after a
        warm-up of each (the file is in the page cache for both); the median of each and their ratio.
        """
}
