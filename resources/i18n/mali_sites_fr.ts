<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>FloodExposure</name>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="70"/>
        <source>Flood exposure: sites and corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="73"/>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="79"/>
        <source>flood,inondation,exposure,exposition,depth,hauteur,scenario,return period,IDP,PDI,site,corridor,couloir,transhumance,UNOSAT,Copernicus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="93"/>
        <source>Which sites and which stretches of herders&apos; corridors flood, how deep, and how many people are exposed, for each flood scenario (for example 10-, 50- and 100-year return periods). Each hazard raster is a scenario; each observed flood extent layer (UNOSAT, Copernicus EMS polygons) is one more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="98"/>
        <source>Cell rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="98"/>
        <source>A raster cell belongs to a site when the centre of the cell is inside the site polygon: the rule of QGIS&apos;s native zonal statistics, so cell counts, mean and maximum agree with it. A site holding fewer than two cell centres (smaller than a cell) is measured with exact cell fractions (the share of each cell&apos;s area inside the site), as zonal statistics do. Overlapping sites each get their full statistics. Rasters are never warped: sites and corridors are projected onto each raster&apos;s own grid, so rasters may differ in CRS and resolution. Lengths and areas are measured in metres in a projected CRS (the UTM zone of the data when the input is in degrees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="108"/>
        <source>Wet, dry and unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="108"/>
        <source>Depth rasters: a cell is wet when its depth is above the wet threshold (default 0.1 m); negative depths count as dry and are reported in the log. Binary extent rasters: any non-zero cell is wet. Classified rasters: every class after the first of the class table is wet. Unknown means nodata cells, codes missing from the class table, and the part of a site or corridor outside the raster: unknown is never counted as dry or wet, it is reported as unknown_pct (sites) and unknown_m (corridors). wet_pct = wet cells / all cells of the site, unknown included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="117"/>
        <source>Hazard classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="117"/>
        <source>The class of a site is the class of its deepest known cell (the most severe class present); a corridor&apos;s class is the most severe class along it. Classes are min &lt; depth &lt;= max, from resources/standards/flood_classes.json, or your own thresholds in metres (0.1,0.5,1.5). Schemes: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="122"/>
        <source>Sites and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="122"/>
        <source>Sites are polygons or points. A point site is assessed as a circle of Site radius metres or, when the radius is 0, a circle of area population x the standards profile&apos;s usable site area per person (Sphere 2018: 45 m2 per person); the output then holds that circle. exposed_people = population x wet share of the site, or, when a shelter layer is given, the people of the shelters standing on wet cells (their people field, else the household size). mean_depth is over wet cells, max_depth over known cells. The worst scenario of a site is the one with the most exposed people (ties: the higher wet share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="132"/>
        <source>Corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="132"/>
        <source>Each corridor is cut exactly where it crosses cell edges; the length in each cell gives wet_m, unknown_m and wet_pct per scenario, and the corridor segments output holds the stretches of constant hazard class with their class, maximum depth and length: what a herder route planner needs on the map. For observed flood extents the overlay is exact (no raster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="138"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="138"/>
        <source>Per scenario, fields end with the scenario name in lower case (wet_pct_q100). Outputs keep the CRS of their input layer and are styled by hazard class rank when loaded (0 = no hazard, higher = more severe, grey = unknown). The table (CSV) and the report (HTML, French or English) give the totals per scenario, and per region when a region field is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="147"/>
        <source>Hazard rasters (one per scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="150"/>
        <source>Flood depth (m), binary extent or classified rasters, one per scenario. They may differ in CRS and resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="153"/>
        <source>Scenario names (comma-separated; empty: layer names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="156"/>
        <source>One name per hazard raster, then per flood extent layer, for example: Q10,Q50,Q100. Field names end with the name in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="160"/>
        <source>Observed flood extents (polygons, one scenario each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="163"/>
        <source>Flood extent polygons as UNOSAT or Copernicus EMS deliver them: inside = wet. Measured by exact overlay (no depth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="166"/>
        <source>Hazard raster values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="166"/>
        <source>Flood depth (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="166"/>
        <source>Binary extent (non-zero = flooded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="166"/>
        <source>Classified (class table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="170"/>
        <source>What the raster cells hold. Nodata is never dry nor wet: it is reported as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="173"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="175"/>
        <source>Band of the hazard rasters to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="178"/>
        <source>Class table (classified rasters): code=name, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="181"/>
        <source>For classified rasters: code=name pairs in increasing severity, the no-hazard class first, such as 0=none,1=low,2=medium,3=high. Codes missing from the table count as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="187"/>
        <source>Hazard classes (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="191"/>
        <source>Depth class scheme from resources/standards/flood_classes.json (classes are min &lt; depth &lt;= max).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="194"/>
        <source>Custom class thresholds in m (overrides the scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="197"/>
        <source>Increasing depths in metres separated by commas, such as 0.1,0.5,1.5 (four classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="201"/>
        <source>Wet threshold (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="203"/>
        <source>A cell is wet when its depth is above this value (depth rasters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="205"/>
        <source>Sites (polygons or points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="208"/>
        <source>IDP sites. Points are assessed as circles (see Site radius).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="210"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="213"/>
        <source>People living in each site (individuals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="215"/>
        <source>Site radius for point sites (m; 0: from population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="218"/>
        <source>Radius of the circle assessed around a point site. 0: the circle of area population x the profile&apos;s site area per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="222"/>
        <source>Shelters (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="225"/>
        <source>Shelter points or footprints: exposed people are then the people of the shelters standing on wet cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="228"/>
        <source>People per shelter field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="232"/>
        <source>People living in each shelter; empty values and a missing field use the household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="235"/>
        <source>Household size (people per shelter; 0: profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="238"/>
        <source>People per shelter when the shelter has no people value; 0 uses the standards profile&apos;s people per household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="242"/>
        <source>Transhumance corridors (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="245"/>
        <source>Herders&apos; corridors or any routes: wet length per scenario and stretches by hazard class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="248"/>
        <source>Region field (totals by region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="251"/>
        <source>Field of the sites giving the region (or cercle, commune) for the totals of the table and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="255"/>
        <source>Site exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="258"/>
        <source>Corridor exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="261"/>
        <source>Corridor stretches by hazard class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="264"/>
        <source>Totals table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="264"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="267"/>
        <source>Report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="267"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="270"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="270"/>
        <source>Sites assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="270"/>
        <source>Sites with wet cells in at least one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="270"/>
        <source>Corridors assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="270"/>
        <source>Corridors wet in at least one scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="401"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="371"/>
        <source>Transhumance corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="330"/>
        <source>Lengths and areas measured in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="336"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): raster {2}, {3} x {4} cells, {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="344"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): flood extent &apos;{2}&apos;, {3} polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="349"/>
        <source>Depth classes: {0} ({1}); wet above {2} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="365"/>
        <source>Shelters: {0} inside sites, {1} outside every site (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="415"/>
        <source>{0} sites have a negative population in field &apos;{1}&apos;: their exposed people are left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="429"/>
        <source>Point sites: circles of area population x {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="434"/>
        <source>{0} point sites have no usable population and no radius: they are not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="447"/>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="469"/>
        <source>{0} shelters without a people value count {1} people (household size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="477"/>
        <source>Scenario &apos;{0}&apos;: the raster does not overlap any of the {1} sites; they are all reported as unknown (unknown_pct = 100). Check that the raster covers the sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="481"/>
        <source>Scenario &apos;{0}&apos;: the raster has no valid cell under any of the {1} sites (all nodata there); every site is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="484"/>
        <source>Scenario &apos;{0}&apos;: {1} cells under the sites have a negative depth; they are counted as dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="487"/>
        <source>Scenario &apos;{0}&apos;: {1} corridor pieces lie on cells with a negative depth; they are counted as dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="490"/>
        <source>Scenario &apos;{0}&apos;: {1} sites are partly unknown (nodata or outside the raster): see unknown_pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="493"/>
        <source>Scenario &apos;{0}&apos;: {1} sites hold fewer than two cell centres and were measured with exact cell fractions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="496"/>
        <source>Scenario &apos;{0}&apos;: {1} shelters stand on unknown cells; they are not counted as exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="499"/>
        <source>Scenario &apos;{0}&apos;: the raster does not overlap any of the {1} corridors; their whole length is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood_exposure.py" line="502"/>
        <source>{1} corridors have no length or no usable line geometry; their statistics are left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../../processing_algorithms/report.py" line="79"/>
        <source>meets the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/report.py" line="79"/>
        <source>does not meet the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/report.py" line="108"/>
        <source>Produced by Mali Sites on {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDtmSites</name>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="23"/>
        <source>Import DTM site list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="26"/>
        <source>Data preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="32"/>
        <source>DTM,DNDS,IDP,PDI,site,CSV,XLSX,HXL,import,displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="36"/>
        <source>Reads a DTM Mali site list (CSV or XLSX, French or English headers, optional row of HXL tags) and places every site as a point in EPSG:4326. No row is lost: each is imported (possibly after a logged fix) or written to the rejected table with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="41"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="41"/>
        <source>Found automatically by name: latitude/lat/y, longitude/lon/x, #geo+lat, #geo+lon; ménages/households; personnes/individus/individuals; région, cercle, commune (admin 1-3); site id and name. Field mapping overrides the guess: one key=column per line, or JSON, with keys site_id, site_name, admin1, admin2, admin3, households, individuals, latitude, longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="47"/>
        <source>Fixes and rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="47"/>
        <source>Fixed and logged: decimal commas (12,65), latitude and longitude swapped (when swapping puts the site in Mali), UTF-8 with BOM, Latin-1 files, semicolon or tab separators. Rejected with a reason: empty or non-numeric coordinates, coordinates outside Mali (longitude -12.30 to 4.25, latitude 10.10 to 25.00, Natural Earth outline), negative or non-integer household or individual counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="54"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="54"/>
        <source>Sites: site_id, site_name, admin1, admin2, admin3, households, individuals, source_row (line of the file), fixes, then every original column as text. Rejected rows: source_row, reason and the original columns. The results give the number of rows read, imported, fixed and rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="62"/>
        <source>DTM site list (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="62"/>
        <source>Site lists (*.csv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="65"/>
        <source>A DTM Mali site list as published by DNDS/IOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="67"/>
        <source>Field mapping (key=column, one per line; empty: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="70"/>
        <source>For example: latitude=Lat_Y, longitude=Long_X, households=Nb ménages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="73"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="75"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="78"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="78"/>
        <source>Rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="78"/>
        <source>Rows imported after a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="78"/>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="90"/>
        <source>Columns used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="116"/>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="125"/>
        <source>Row {0} rejected: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/import_dtm_sites.py" line="132"/>
        <source>{0} rows read, {1} imported ({2} after a fix), {3} rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../../processing_algorithms/report.py" line="63"/>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/report.py" line="64"/>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaliSites</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="122"/>
        <source>The run was cancelled; no output was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="22"/>
        <source>Mali Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="25"/>
        <source>Mali Sites: IDP site planning, WASH coverage and flood exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/qgis_io.py" line="42"/>
        <source>Layer &apos;{0}&apos; has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/qgis_io.py" line="57"/>
        <source>Layer &apos;{0}&apos; has no features with a location; a UTM zone cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/qgis_io.py" line="89"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaliSitesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/base.py" line="73"/>
        <source>The run was cancelled; no output was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="84"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="84"/>
        <source>Sphere Handbook 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="84"/>
        <source>UNHCR Emergency Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="88"/>
        <source>The standards profile every figure is checked against (resources/standards/*.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="91"/>
        <source>Standards profile file (overrides Standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="94"/>
        <source>Your own profile: copy sphere_2018.json, edit the figures and keep their sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="105"/>
        <source>Standards profile: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="110"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="113"/>
        <source>Language of reports and printed text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapText</name>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="436"/>
        <source>CRS: {0} ({1}); grid in metres.
Site centre: {2} (WGS 84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="441"/>
        <source>Sources: {0}. Boundaries: Natural Earth. Standards: see the compliance box. Made with QGIS and Mali Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="444"/>
        <source>Produced by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="456"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="457"/>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="458"/>
        <source>Site area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="459"/>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="463"/>
        <source>Water points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="464"/>
        <source>  of which functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="465"/>
        <source>Latrines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="466"/>
        <source>  functional cubicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="467"/>
        <source>People within reach of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="468"/>
        <source>People within reach of a toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="478"/>
        <source>Site area per person: {0} m2 (standard {1} {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="482"/>
        <source>Water within reach: {0} of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="485"/>
        <source>Toilet within reach: {0} of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="490"/>
        <source>People per functional toilet: {0} (standard {1} {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="495"/>
        <source>Overloaded water points: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="497"/>
        <source>No figure to check: add site populations or WASH coverage outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="502"/>
        <source>Site {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="505"/>
        <source>Site boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="508"/>
        <source>Site map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="511"/>
        <source>Version {0} - {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="511"/>
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="515"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="518"/>
        <source>Compliance with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="521"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSiteMap</name>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="55"/>
        <source>Print site map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="58"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="64"/>
        <source>print,PDF,atlas,map,carte,CCCM,layout,mise en page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="72"/>
        <source>Prints one page per site (a QGIS atlas) into one PDF, with what the CCCM Site Mapping Guide asks a site map to carry: title, site name, version and date, an inset map of Mali locating the site (Natural Earth boundaries shipped with QGIS), sources, coordinate reference system and coordinates, scale bar, north arrow, legend and grid, the summary figures and a compliance box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="78"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="78"/>
        <source>The layers to show, e.g. the outputs of Site layout, WASH coverage and Flood exposure. Layers from your project keep their style; Mali Sites outputs read back from files get the plugin's styles. The summary counts what falls inside each site: shelters or plots, water points (functional ones apart), latrines and their cubicles, the share of households within the Sphere distances (from a WASH coverage output) and, for the sites themselves, households and individuals from the site fields (households/ménages, individuals/personnes) or from the shelters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="86"/>
        <source>Compliance box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="86"/>
        <source>Checks what the layers allow against the chosen standard: site area per person (Sphere 2018: 45 m2 per person including plots and gardens [secondary]); households within 500 m of water and 50 m of a toilet (Sphere WASH 2.1, 3.2); people per functional toilet (50 in an emergency); water points within their capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="92"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="92"/>
        <source>A3 landscape (default) or A4 portrait from resources/layouts, or your own .qpt: it must have items with the ids main_map, inset_map, title, site_name, edition, summary, compliance, sources, crs_coordinates, legend, scalebar and north_arrow (missing ones are skipped with a warning). The map is drawn in the UTM zone of the sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="107"/>
        <source>Sites (one page each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="107"/>
        <source>Site boundaries; the pages follow their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="110"/>
        <source>Site name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="110"/>
        <source>Empty: a field called site_name, nom, name... if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="113"/>
        <source>Layers to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="113"/>
        <source>Drawn in this order, the first on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="116"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="116"/>
        <source>A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="116"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="116"/>
        <source>Page size and orientation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="120"/>
        <source>Your own template (.qpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="120"/>
        <source>Overrides Page; see the help for the item ids it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="124"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="124"/>
        <source>Empty: &apos;Site map&apos; in the chosen language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="126"/>
        <source>Author / organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="126"/>
        <source>Printed with the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="128"/>
        <source>Map version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="128"/>
        <source>Printed with the date, as the CCCM guide asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="131"/>
        <source>Site map (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="131"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="133"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="142"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="147"/>
        <source>The site layer has no valid polygon to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="173"/>
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="227"/>
        <source>The template {0} is not a valid .qpt file: {1} (line {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="233"/>
        <source>The template {0} has no map item with the id &apos;main_map&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="238"/>
        <source>The template has no item &apos;{0}&apos;; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="530"/>
        <source>Shelters: access to water and toilets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="531"/>
        <source>Water points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="532"/>
        <source>Latrines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="533"/>
        <source>Areas out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/print_site_map.py" line="534"/>
        <source>Suggested facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Water and toilet within reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Toilet out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Water out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Not assessed (no location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Water point, not functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Water point overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Water point within capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Latrine, not functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Latrine too close to a water point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Latrine overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Latrine within capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Out of reach of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Out of reach of a toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Suggested water point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/style_labels.py" line="5"/>
        <source>Suggested latrine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WashCoverage</name>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="63"/>
        <source>WASH coverage (Sphere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="66"/>
        <source>WASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="72"/>
        <source>water,latrine,toilet,sanitation,EHA,eau,assainissement,Sphere,coverage,distance,ratio,gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="77"/>
        <source>For every shelter (or household plot): the distance to the nearest functional water point and latrine, checked against the standard; for every facility: the people it serves (each household counts at its nearest functional facility) against its capacity; the parts of the site out of reach; and where new water points and latrines would close the gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="83"/>
        <source>Standard figures used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="83"/>
        <source>Sphere 2018 (default): distance from a household to a water point &lt; 500 m and to a toilet &lt;= 50 m; at most 250 people per tap, 500 per hand pump, 400 per open well (WASH standard 2.1); at most 50 people per toilet in the emergency phase and 20 in the medium term, 3 female toilets for 1 male, toilets at least 30 m from any water point (WASH standard 3.2). UNHCR: water point within 200 m, 100 people per tap [secondary]. A figure exactly on the threshold follows the standard&apos;s own comparison: a water point at 500 m fails Sphere&apos;s &lt; 500 m, a toilet at 50 m meets its &lt;= 50 m. Your own profile file replaces all of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="92"/>
        <source>Shelters and population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="92"/>
        <source>Shelters may be points or polygons (a polygon counts at its centroid, or at a point on its surface when the centroid falls outside). People per shelter come from the population field; shelters without a valid value, or all shelters when no field is given, count the household size (default 5: UNHCR family module; DTM Mali reports 5-6 people per household).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="98"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="98"/>
        <source>Water point type: tap, handpump or well (also robinet, pompe, puits; any case or accent); unknown values take the default type and are listed in the log. Functional status: yes/no, oui/non, fonctionnel/en panne...; a facility marked not functional is listed but serves nobody. A latrine has 1 cubicle unless the cubicles field says otherwise; gender: female/male/mixed or femmes/hommes/mixte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="104"/>
        <source>Distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="104"/>
        <source>Straight-line distances in metres in the UTM zone of the shelters (or their own projected CRS). With a path layer, walking distances along the paths: lines are joined where they cross, each shelter and facility is attached to the nearest point of the network (the snapping distance is reported and counted in the distance); a shelter or facility farther than the maximum snapping distance is off the network and has no walking distance. Suggestions always use straight-line reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="112"/>
        <source>Gaps and suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="112"/>
        <source>Gap polygons are traced on a grid (a fiftieth of the smallest standard distance, coarser for very large sites): a cell is a gap when its centre is out of reach, and every out-of-reach household lies in the gap that counts it. The area is the site layer when given, otherwise the convex hull of the shelters. New facilities are chosen by greedy maximal covering with capacity among candidate points inside the area: each new water point serves at most the capacity of the default type; new latrines are never within 30 m of a water point (existing or suggested). Households beyond the capacity of an overloaded facility (the farthest first) count as demand too. 0 suggests none, -1 as many as full coverage needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="131"/>
        <source>Shelters or household plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="131"/>
        <source>One feature per household (shelter points or plot polygons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="135"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="135"/>
        <source>People per shelter; empty: every shelter counts the household size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="139"/>
        <source>Household size (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="139"/>
        <source>People per shelter where no population value is given (UNHCR family module: about 5; DTM Mali: 5-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="417"/>
        <source>Site boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="144"/>
        <source>The site area for gaps and suggestions; empty: the convex hull of the shelters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="311"/>
        <source>Water points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="147"/>
        <source>Taps, hand pumps and wells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="150"/>
        <source>Water point identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="150"/>
        <source>Written as wp_id on shelters; empty: the feature id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="154"/>
        <source>Water point type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="154"/>
        <source>tap / handpump / well (robinet / pompe / puits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="158"/>
        <source>Default water point type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="158"/>
        <source>Tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="158"/>
        <source>Hand pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="158"/>
        <source>Open well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="158"/>
        <source>For water points without a (known) type, and for suggested new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="162"/>
        <source>Water point functional field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="162"/>
        <source>yes/no, oui/non...; non-functional water points serve nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="328"/>
        <source>Latrines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="166"/>
        <source>Latrine blocks or single latrines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="169"/>
        <source>Latrine identifier field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="169"/>
        <source>Written as lat_id on shelters; empty: the feature id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="173"/>
        <source>Cubicles field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="173"/>
        <source>Toilets (cubicles) per latrine feature; empty: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="177"/>
        <source>Gender field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="177"/>
        <source>female / male / mixed (femmes / hommes / mixte), for the 3:1 check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="181"/>
        <source>Latrine functional field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="181"/>
        <source>yes/no, oui/non...; non-functional latrines serve nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="186"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="186"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="186"/>
        <source>Medium term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="186"/>
        <source>Toilet ratio: 50 people per toilet in an emergency, 20 in the medium term (Sphere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="190"/>
        <source>Path network (walking distances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="190"/>
        <source>Paths and roads; empty: straight-line distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="194"/>
        <source>Maximum snapping distance to the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="194"/>
        <source>Shelters and facilities farther than this from every path are off the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="199"/>
        <source>New water points to suggest (-1: as many as needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="203"/>
        <source>0 suggests none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="203"/>
        <source>New latrines to suggest (-1: as many as needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="209"/>
        <source>Shelters with WASH access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="211"/>
        <source>Water points with load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="213"/>
        <source>Latrines with load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="216"/>
        <source>Coverage gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="219"/>
        <source>Suggested new facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="222"/>
        <source>WASH report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="222"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="248"/>
        <source>{0}: unknown value &apos;{1}&apos; on {2} feature(s), read as {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="266"/>
        <source>{0} shelter(s) have no valid value in &apos;{1}&apos;; they count the household size ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="279"/>
        <source>{0}: {1} multi-part feature(s) located at their centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="282"/>
        <source>{0}: {1} feature(s) without geometry skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="296"/>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="298"/>
        <source>The shelter layer is empty: give shelters or plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="300"/>
        <source>Distances measured in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="304"/>
        <source>No shelter has a location: check the geometries of the shelter layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="339"/>
        <source>functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="321"/>
        <source>No functional water point: every household is out of reach of water; see the suggested new water points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="391"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="391"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="409"/>
        <source>{0} latrine(s) have no valid whole number in &apos;{1}&apos;; they count 1 cubicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="420"/>
        <source>The site boundary layer has no valid polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="427"/>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="429"/>
        <source>Path network: {0} segments, {1} nodes, {2} separate part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="438"/>
        <source>{0}: {1} farther than the maximum snapping distance from every path: no walking distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="441"/>
        <source>{0}: {1} on a part of the path network with no functional water point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WashReport</name>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="586"/>
        <source>WASH coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="588"/>
        <source>Standard: {0}. Phase: {1}. Distances: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="588"/>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="588"/>
        <source>medium term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="588"/>
        <source>walking distance along the path network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="588"/>
        <source>straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="592"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="593"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="594"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="595"/>
        <source>Water points (functional / all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="597"/>
        <source>People per functional water point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="599"/>
        <source>Latrines (functional / all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="601"/>
        <source>Functional toilets (cubicles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="641"/>
        <source>People per functional toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="603"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="603"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="605"/>
        <source>Checks against the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="606"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="606"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="606"/>
        <source>Standard (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="606"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="610"/>
        <source>Water points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="612"/>
        <source>Water point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="612"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="619"/>
        <source>People served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="619"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="618"/>
        <source>Latrines overloaded or too close to water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="619"/>
        <source>Latrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="619"/>
        <source>Nearest water point (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="624"/>
        <source>Gaps and suggested new facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="625"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="628"/>
        <source>Latrines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="631"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="631"/>
        <source>Gap areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="631"/>
        <source>People out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="631"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="631"/>
        <source>People they would serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="633"/>
        <source>Gap areas are traced on a grid of {0} m cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="638"/>
        <source>Households within the water point distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="639"/>
        <source>Overloaded water points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="640"/>
        <source>Households within the toilet distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="642"/>
        <source>Latrines closer to a water point than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash_coverage.py" line="643"/>
        <source>Female toilets per male toilet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
