# The main job against the offline replica on Windows, with Edge as the browser unless configured otherwise.
# Paths you give are read from where you run this; the run folder is written there too (runs\).
$ErrorActionPreference = 'Stop'
if (-not $env:HAKEMUS_Browser__Kind) { $env:HAKEMUS_Browser__Kind = 'channel'; $env:HAKEMUS_Browser__Channel = 'msedge' }
& (Join-Path $PSScriptRoot 'hakemus.ps1') rehearse @args
exit $LASTEXITCODE
