# Builds everything and runs every test on Windows, with Edge as the browser unless configured otherwise.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
if (-not $env:HAKEMUS_Browser__Kind) { $env:HAKEMUS_Browser__Kind = 'channel'; $env:HAKEMUS_Browser__Channel = 'msedge' }
$results = 'artifacts/test-results'
if (Test-Path $results) { Remove-Item -Recurse -Force $results }
dotnet build HakemusAutopilot.sln -c Release --nologo -v quiet
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
# Two test workers a core: a browser test spends much of its time waiting on a page, not computing.
$workers = [Environment]::ProcessorCount * 2
dotnet test HakemusAutopilot.sln -c Release --no-build --nologo --logger 'console;verbosity=normal' --logger 'trx;LogFileName=tests.trx' --results-directory $results @args '--' "NUnit.NumberOfTestWorkers=$workers"
$status = $LASTEXITCODE
$trx = Get-ChildItem -Recurse $results -Filter *.trx | Select-Object -First 1
if (-not $trx) { Write-Output '0 passed, 0 failed'; exit 1 }
$c = ([xml](Get-Content $trx.FullName)).TestRun.ResultSummary.Counters
Write-Output ("{0} passed, {1} failed, {2} skipped" -f $c.passed, $c.failed, ([int]$c.total - [int]$c.passed - [int]$c.failed))
exit $status
