# The tool, any command: scripts\hakemus.ps1 run --profile my-profile.json (--help lists the commands).
# It is published into artifacts\tool compiled ahead of time, so that it starts and walks faster than under
# `dotnet run`, and published again only when the sources have changed. Paths you give are read from where you run this.
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..')
$tool = Join-Path $root 'artifacts/tool'
$log = dotnet publish (Join-Path $root 'src/HakemusAutopilot') -c Release --use-current-runtime --self-contained false -o $tool --nologo -v quiet 2>&1
if ($LASTEXITCODE -ne 0) {
    $log | Write-Host
    Write-Host 'Building the tool failed: see the messages above.'
    exit 1
}
dotnet (Join-Path $tool 'hakemus-autopilot.dll') @args
exit $LASTEXITCODE
