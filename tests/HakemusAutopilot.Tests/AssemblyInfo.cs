// Browser tests spend most of their time waiting on pages, so a third worker overlaps those waits on two cores.
[assembly: LevelOfParallelism(3)]
