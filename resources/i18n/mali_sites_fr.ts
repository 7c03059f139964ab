<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>@default</name>
    <message>
        <location filename="../../processing_algorithms/floodprone/grass.py" line="37"/>
        <source>Flood-prone land needs GRASS GIS through QGIS Processing (the GRASS provider, r.stream.extract), which this QGIS does not offer. Windows and macOS: GRASS comes with the QGIS installers (OSGeo4W: the qgis package with grass); enable it in Settings &gt; Options &gt; Processing &gt; Providers &gt; GRASS, or Plugins &gt; Manage and Install Plugins &gt; Installed &gt; &apos;GRASS GIS provider&apos;. Debian or Ubuntu: sudo apt install grass-core, then enable the &apos;GRASS GIS provider&apos; plugin (Plugins &gt; Manage and Install Plugins &gt; Installed). Then restart QGIS.</source>
        <translation>Les zones inondables nécessitent GRASS GIS via QGIS Processing (le fournisseur GRASS, r.stream.extract), que ce QGIS n'offre pas. Windows et macOS : GRASS est fourni avec les installateurs de QGIS (OSGeo4W : le paquet qgis avec grass) ; activez-le dans Préférences &gt; Options &gt; Traitement &gt; Fournisseurs &gt; GRASS, ou Extensions &gt; Installer/Gérer les extensions &gt; Installées &gt; « GRASS GIS provider ». Debian ou Ubuntu : sudo apt install grass-core, puis activez l'extension « GRASS GIS provider » (Extensions &gt; Installer/Gérer les extensions &gt; Installées). Redémarrez ensuite QGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/grass.py" line="65"/>
        <source>GRASS {0} failed: {1}. If GRASS is not installed or not enabled: {2}</source>
        <translation>Échec de GRASS {0} : {1}. Si GRASS n'est pas installé ou pas activé : {2}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/grass.py" line="69"/>
        <source>GRASS {0} wrote no flow directions or drainage cells: see its messages in the log above.</source>
        <translation>GRASS {0} n'a écrit ni directions d'écoulement ni cellules de drainage : voyez ses messages dans le journal ci-dessus.</translation>
    </message>
</context>
<context>
    <name>AlternativesText</name>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="336"/>
        <source>1/6 before the middle</source>
        <translation>1/6 avant le milieu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="338"/>
        <source>1/6 after the middle</source>
        <translation>1/6 après le milieu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="339"/>
        <source>at the middle</source>
        <translation>au milieu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="344"/>
        <source>Site {0}: alternative {1} of {2} kept: rows at {3} degrees from grid north, {4} communities per block, entrance {5}; {10} check(s) failed, score {6} (people housed {7}, {8} within walking distance of water and toilet, {9} m of road per person)</source>
        <translation>Site {0} : variante {1} sur {2} retenue : rangées à {3} degrés du nord du quadrillage, {4} communautés par bloc, entrée {5} ; {10} contrôle(s) non respecté(s), score {6} (personnes logées {7}, {8} à distance à pied de l'eau et des toilettes, {9} m de route par personne)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="353"/>
        <source>Alternatives compared</source>
        <translation>Variantes comparées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="354"/>
        <source>Each variant is a full plan of the site. Score (people) = people housed x (share of the households within walking distance of both water and toilet, along the plan&apos;s paths - metres of primary and secondary road per person / {0}): people housed first, a household beyond the walking distances counts for nothing, and every {0} m of vehicle road costs one person. Kept: the variant that fails the fewest checks against the standard, then the highest score; of equal ones, the first. Entrance: where each entrance stands in its share of the side facing the road (the whole side for one entrance).</source>
        <translation>Chaque variante est un plan complet du site. Score (personnes) = personnes logées x (part des ménages à distance à pied à la fois de l'eau et des toilettes, le long des chemins du plan - mètres de routes principales et secondaires par personne / {0}) : les personnes logées d'abord, un ménage au-delà des distances à pied ne compte pour rien, et chaque tranche de {0} m de route carrossable coûte une personne. Retenue : la variante qui compte le moins de contrôles non respectés par rapport à la norme, puis le score le plus élevé ; à égalité, la première. Entrée : la position de chaque entrée dans sa part du côté donnant sur la route (tout le côté pour une seule entrée).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="361"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="365"/>
        <source>not planned: {0}</source>
        <translation>non établie : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Orientation (degrees from grid north)</source>
        <translation>Orientation (degrés depuis le nord du quadrillage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Communities per block</source>
        <translation>Communautés par bloc</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>People housed</source>
        <translation>Personnes logées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Households within walking distance of water and toilet</source>
        <translation>Ménages à distance à pied de l'eau et des toilettes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Road per person (m)</source>
        <translation>Route par personne (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Checks failed</source>
        <translation>Contrôles non respectés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Score (people)</source>
        <translation>Score (personnes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="373"/>
        <source>Kept</source>
        <translation>Retenue</translation>
    </message>
</context>
<context>
    <name>FloodExposure</name>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="56"/>
        <source>Flood exposure: sites and corridors</source>
        <translation>Exposition aux inondations : sites et couloirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="59"/>
        <source>Hazards</source>
        <translation>Aléas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="65"/>
        <source>flood,inondation,exposure,exposition,depth,hauteur,scenario,return period,IDP,PDI,site,corridor,couloir,transhumance,UNOSAT,Copernicus</source>
        <translation>inondation,exposition,hauteur d'eau,hauteur,scénario,période de retour,PDI,site,couloir,transhumance,UNOSAT,Copernicus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="77"/>
        <source>Which sites and which stretches of herders&apos; corridors flood, how deep, and how many people are exposed, for each flood scenario (for example 10-, 50- and 100-year return periods). Each hazard raster is a scenario; each observed flood extent layer (UNOSAT, Copernicus EMS polygons) is one more.</source>
        <translation>Quels sites et quels tronçons des couloirs des éleveurs sont inondés, sous quelle hauteur d'eau, et combien de personnes sont exposées, pour chaque scénario d'inondation (par exemple des périodes de retour de 10, 50 et 100 ans). Chaque raster d'aléa constitue un scénario ; chaque couche d'emprise d'inondation observée (polygones UNOSAT, Copernicus EMS) en constitue un de plus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="82"/>
        <source>Cell rule</source>
        <translation>Règle des cellules</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="98"/>
        <source>Wet, dry and unknown</source>
        <translation>Inondé, sec et inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="112"/>
        <source>Hazard classes</source>
        <translation>Classes d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="119"/>
        <source>Sites and people</source>
        <translation>Sites et personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="129"/>
        <source>Corridors</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="141"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="141"/>
        <source>Per scenario, fields end with the scenario name in lower case (wet_pct_q100). Outputs keep the CRS of their input layer and are styled by hazard class rank when loaded (0 = no hazard, higher = more severe, grey = unknown). The table (CSV) and the report (HTML, French or English) give the totals per scenario, and per region when a region field is chosen.</source>
        <translation>Par scénario, les noms de champ se terminent par le nom du scénario en minuscules (wet_pct_q100). Les sorties conservent le SCR de leur couche d'entrée et sont symbolisées au chargement selon le rang de la classe d'aléa (0 = aucun aléa, valeur plus élevée = plus sévère, gris = inconnu). La table (CSV) et le rapport (HTML, en français ou en anglais) donnent les totaux par scénario, et par région lorsqu'un champ de région est choisi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="175"/>
        <source>Hazard rasters (one per scenario)</source>
        <translation>Rasters d'aléa (un par scénario)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="175"/>
        <source>Flood depth (m), binary extent or classified rasters, one per scenario. They may differ in CRS and resolution.</source>
        <translation>Rasters de hauteur d'eau (m), d'emprise binaire ou classifiés, un par scénario. Ils peuvent différer par leur SCR et leur résolution.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="179"/>
        <source>Scenario names (comma-separated; empty: layer names)</source>
        <translation>Noms des scénarios (séparés par des virgules ; vide : noms des couches)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="179"/>
        <source>One name per hazard raster, then per flood extent layer, for example: Q10,Q50,Q100. Field names end with the name in lower case.</source>
        <translation>Un nom par raster d'aléa, puis par couche d'emprise d'inondation, par exemple : Q10,Q50,Q100. Les noms de champ se terminent par le nom en minuscules.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="195"/>
        <source>What the raster cells hold. Nodata is never dry nor wet: it is reported as unknown.</source>
        <translation>Ce que contiennent les cellules raster. Les cellules sans données (nodata) ne sont jamais ni sèches ni inondées : elles sont signalées comme inconnues.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="199"/>
        <source>Hazard classes (depth)</source>
        <translation>Classes d'aléa (hauteur d'eau)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="207"/>
        <source>Custom class thresholds in m (overrides the scheme)</source>
        <translation>Seuils de classes personnalisés en m (remplacent le schéma)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="215"/>
        <source>Sites (polygons or points)</source>
        <translation>Sites (polygones ou points)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="215"/>
        <source>IDP sites. Points are assessed as circles (see Site radius).</source>
        <translation>Sites de PDI. Les points sont évalués comme des cercles (voir Rayon des sites ponctuels).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="219"/>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="219"/>
        <source>People living in each site (individuals).</source>
        <translation>Personnes vivant dans chaque site (individus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="223"/>
        <source>Site radius for point sites (m; 0: from population)</source>
        <translation>Rayon des sites ponctuels (m ; 0 : selon la population)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="223"/>
        <source>Radius of the circle assessed around a point site. 0: the circle of area population x the profile&apos;s site area per person.</source>
        <translation>Rayon du cercle évalué autour d'un site ponctuel. 0 : le cercle de surface population x surface de site par personne du profil.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="229"/>
        <source>Shelter points or footprints: exposed people are then the people of the shelters standing on wet cells.</source>
        <translation>Points ou emprises au sol des abris : les personnes exposées sont alors les personnes des abris situés sur des cellules inondées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="234"/>
        <source>People per shelter field</source>
        <translation>Champ des personnes par abri</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="234"/>
        <source>People living in each shelter; empty values and a missing field use the household size.</source>
        <translation>Personnes vivant dans chaque abri ; les valeurs vides ou un champ absent prennent la taille du ménage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="239"/>
        <source>Household size (people per shelter; 0: profile)</source>
        <translation>Taille du ménage (personnes par abri ; 0 : profil)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="239"/>
        <source>People per shelter when the shelter has no people value; 0 uses the standards profile&apos;s people per household.</source>
        <translation>Personnes par abri lorsque l'abri n'a pas de valeur de personnes ; 0 utilise le nombre de personnes par ménage du profil de normes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="246"/>
        <source>Transhumance corridors (lines)</source>
        <translation>Couloirs de transhumance (lignes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="246"/>
        <source>Herders&apos; corridors or any routes: wet length per scenario and stretches by hazard class.</source>
        <translation>Couloirs des éleveurs ou tout autre itinéraire : longueur inondée par scénario et tronçons par classe d'aléa.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="251"/>
        <source>Region field (totals by region)</source>
        <translation>Champ de région (totaux par région)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="251"/>
        <source>Field of the sites giving the region (or cercle, commune) for the totals of the table and report.</source>
        <translation>Champ des sites indiquant la région (ou le cercle, la commune) pour les totaux de la table et du rapport.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="259"/>
        <source>Site exposure</source>
        <translation>Exposition des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="259"/>
        <source>Corridor exposure</source>
        <translation>Exposition des couloirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="259"/>
        <source>Corridor stretches by hazard class</source>
        <translation>Tronçons de couloir par classe d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="266"/>
        <source>Totals table (CSV)</source>
        <translation>Table des totaux (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="266"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="269"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="269"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Sites assessed</source>
        <translation>Sites évalués</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Sites with wet cells in at least one scenario</source>
        <translation>Sites avec des cellules inondées dans au moins un scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Corridors assessed</source>
        <translation>Couloirs évalués</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Corridors wet in at least one scenario</source>
        <translation>Couloirs inondés dans au moins un scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="407"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="491"/>
        <source>Transhumance corridors</source>
        <translation>Couloirs de transhumance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="390"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): raster {2}, {3} x {4} cells, {5}</source>
        <translation>Scénario « {0} » (champs *_{1}) : raster {2}, {3} x {4} cellules, {5}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="401"/>
        <source>Depth classes: {0} ({1}); wet above {2} m</source>
        <translation>Classes de hauteur d'eau : {0} ({1}) ; inondé au-dessus de {2} m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="464"/>
        <source>Shelters: {0} inside sites, {1} outside every site (not counted)</source>
        <translation>Abris : {0} dans les sites, {1} hors de tout site (non comptés)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="438"/>
        <source>{0} sites have a negative population in field &apos;{1}&apos;: their exposed people are left empty</source>
        <translation>{0} sites ont une population négative dans le champ « {1} » : leur nombre de personnes exposées reste vide</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="419"/>
        <source>Point sites: circles of area population x {0}</source>
        <translation>Sites ponctuels : cercles de surface population x {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="422"/>
        <source>{0} point sites have no usable population and no radius: they are not assessed</source>
        <translation>{0} sites ponctuels n'ont ni population utilisable ni rayon : ils ne sont pas évalués</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="475"/>
        <source>Shelters</source>
        <translation>Abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="485"/>
        <source>{0} shelters without a people value count {1} people (household size)</source>
        <translation>{0} abris sans valeur de personnes comptent {1} personnes (taille du ménage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="501"/>
        <source>Scenario &apos;{0}&apos;: the raster does not overlap any of the {1} sites; they are all reported as unknown (unknown_pct = 100). Check that the raster covers the sites.</source>
        <translation>Scénario « {0} » : le raster ne recouvre aucun des {1} sites ; ils sont tous signalés comme inconnus (unknown_pct = 100). Vérifiez que le raster couvre les sites.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="505"/>
        <source>Scenario &apos;{0}&apos;: the raster has no valid cell under any of the {1} sites (all nodata there); every site is unknown.</source>
        <translation>Scénario « {0} » : le raster n'a aucune cellule valide sous les {1} sites (uniquement des cellules sans données) ; tous les sites sont inconnus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="508"/>
        <source>Scenario &apos;{0}&apos;: {1} cells under the sites have a negative depth; they are counted as dry.</source>
        <translation>Scénario « {0} » : {1} cellules sous les sites ont une hauteur d'eau négative ; elles sont comptées comme sèches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="511"/>
        <source>Scenario &apos;{0}&apos;: {1} corridor pieces lie on cells with a negative depth; they are counted as dry.</source>
        <translation>Scénario « {0} » : {1} portions de couloir se trouvent sur des cellules de hauteur d'eau négative ; elles sont comptées comme sèches.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="514"/>
        <source>Scenario &apos;{0}&apos;: {1} sites are partly unknown (nodata or outside the raster): see unknown_pct.</source>
        <translation>Scénario « {0} » : {1} sites sont en partie inconnus (sans données ou hors du raster) : voir unknown_pct.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="517"/>
        <source>Scenario &apos;{0}&apos;: {1} sites hold fewer than two cell centres and were measured with exact cell fractions.</source>
        <translation>Scénario « {0} » : {1} sites contiennent moins de deux centres de cellule et ont été mesurés avec les fractions exactes de cellule.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="520"/>
        <source>Scenario &apos;{0}&apos;: {1} shelters stand on unknown cells; they are not counted as exposed.</source>
        <translation>Scénario « {0} » : {1} abris se trouvent sur des cellules inconnues ; ils ne sont pas comptés comme exposés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="523"/>
        <source>Scenario &apos;{0}&apos;: the raster does not overlap any of the {1} corridors; their whole length is unknown.</source>
        <translation>Scénario « {0} » : le raster ne recouvre aucun des {1} couloirs ; toute leur longueur est inconnue.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="526"/>
        <source>{1} corridors have no length or no usable line geometry; their statistics are left empty.</source>
        <translation>{1} couloirs n'ont pas de longueur ou pas de géométrie linéaire utilisable ; leurs statistiques restent vides.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="159"/>
        <source>up to {0} m</source>
        <translation>jusqu'à {0} m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="159"/>
        <source>over {0} m</source>
        <translation>plus de {0} m</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="119"/>
        <source>Sites are polygons or points. A point site is assessed as a circle of Site radius metres or, when the radius is 0, a circle of area population x the standards profile&apos;s usable site area per person ({0}); the output then holds that circle. exposed_people = population x wet share of the site, or, when a shelter layer is given, the people of the shelters standing on wet cells (their people field, else the household size). mean_depth is over wet cells, max_depth over known cells. The worst scenario of a site is the one with the most exposed people (ties: the higher wet share).</source>
        <translation>Les sites sont des polygones ou des points. Un site ponctuel est évalué comme un cercle dont le rayon est le paramètre « rayon du site » ou, quand ce rayon vaut 0, un cercle d'aire population x surface utile de site par personne du profil de normes ({0}) ; la sortie contient alors ce cercle. exposed_people = population x part inondée du site ou, quand une couche d'abris est fournie, les personnes des abris situés sur des cellules inondées (leur champ de population, sinon la taille du ménage). mean_depth porte sur les cellules inondées, max_depth sur les cellules connues. Le pire scénario d'un site est celui qui expose le plus de personnes (à égalité : la plus grande part inondée).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="199"/>
        <source>Depth class scheme from resources/standards/flood_classes.json (each class: above its lower bound, up to and including its upper bound).</source>
        <translation>Schéma de classes de hauteur d'eau tiré de resources/standards/flood_classes.json (chaque classe : au-dessus de sa borne inférieure, jusqu'à sa borne supérieure incluse).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="69"/>
        <source>Flood exposure of sites and transhumance corridors for several scenarios at once: wet and unknown shares, depths, hazard classes, people exposed, wet stretches.</source>
        <translation>Exposition aux inondations des sites et des couloirs de transhumance pour plusieurs scénarios à la fois : parts inondées et inconnues, profondeurs, classes d'aléa, personnes exposées, tronçons inondés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="82"/>
        <source>A raster cell belongs to a site when the centre of the cell is inside the site polygon, as in QGIS&apos;s native zonal statistics and GDAL&apos;s rasterization (not all-touched). The three agree on every cell whose centre is not exactly on the site&apos;s boundary; they differ on centres exactly on it: here a centre on a west or north edge is in and one on an east or south edge is out (two sites sharing an edge never share a cell); GDAL puts centres on an east edge in and on a west edge out; QGIS&apos;s zonal statistics leave every centre on the boundary out. A site holding fewer than two cell centres (smaller than a cell) is measured with exact cell fractions (the share of each cell&apos;s area inside the site), as zonal statistics do. Overlapping sites each get their full statistics. Rasters are never warped: sites and corridors are projected onto each raster&apos;s own grid, so rasters may differ in CRS and resolution. Lengths and areas are measured in metres, each feature in the UTM zone holding it (unless the layer&apos;s own projected CRS is accurate there), so a national layer spanning several zones is measured to 0.1 %.</source>
        <translation>Une cellule de raster appartient à un site lorsque son centre se trouve à l'intérieur du polygone du site, comme dans les statistiques zonales natives de QGIS et la rastérisation de GDAL (pas en mode all-touched). Les trois méthodes concordent pour toute cellule dont le centre n'est pas exactement sur la limite du site ; elles diffèrent pour les centres situés exactement sur celle-ci : ici, un centre sur un bord ouest ou nord est à l'intérieur et un centre sur un bord est ou sud à l'extérieur (deux sites qui partagent un bord ne partagent jamais une cellule) ; GDAL compte à l'intérieur les centres sur un bord est et à l'extérieur ceux sur un bord ouest ; les statistiques zonales de QGIS excluent tout centre situé sur la limite. Un site contenant moins de deux centres de cellule (plus petit qu'une cellule) est mesuré avec les fractions exactes de cellule (la part de la surface de chaque cellule à l'intérieur du site), comme le font les statistiques zonales. Des sites qui se chevauchent reçoivent chacun leurs statistiques complètes. Les rasters ne sont jamais reprojetés : les sites et les couloirs sont projetés sur la grille propre à chaque raster, si bien que les rasters peuvent différer par leur SCR et leur résolution. Les longueurs et les surfaces sont mesurées en mètres, chaque entité dans la zone UTM qui la contient (sauf si le SCR projeté de la couche est lui-même exact à cet endroit), de sorte qu'une couche nationale couvrant plusieurs zones est mesurée à 0,1 % près.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="98"/>
        <source>Depth rasters: a cell is wet when its depth is above the wet threshold (default: the standards profile&apos;s {0}); negative depths count as dry and are reported in the log. Binary extent rasters: any non-zero cell is wet. Classified rasters: every class after the first of the class table is wet. Unknown means nodata cells, codes missing from the class table, and the part of a site or corridor outside the raster: unknown is never counted as dry or wet, it is reported as unknown_pct (sites) and unknown_m (corridors). wet_pct = wet cells / all cells of the site, unknown included. A site or corridor with no known cell has no wet_pct, wet_m or exposed_people (empty, not 0) and is counted as unknown in the totals. Cells of a damaged or truncated raster file that GDAL cannot read are unknown too, and the log names the raster and how many blocks were lost.</source>
        <translation>Rasters de hauteur d'eau : une cellule est inondée lorsque sa hauteur d'eau dépasse le seuil d'inondation (par défaut : {0}, valeur du profil de normes) ; les hauteurs négatives comptent comme sèches et sont signalées dans le journal. Rasters d'emprise binaire : toute cellule non nulle est inondée. Rasters classifiés : toute classe qui suit la première de la table des classes est inondée. Inconnu désigne les cellules sans données, les codes absents de la table des classes et la partie d'un site ou d'un couloir située hors du raster : l'inconnu n'est jamais compté comme sec ni comme inondé, il est indiqué dans unknown_pct (sites) et unknown_m (couloirs). wet_pct = cellules inondées / toutes les cellules du site, inconnues comprises. Un site ou un couloir sans aucune cellule connue n'a ni wet_pct, ni wet_m, ni exposed_people (vides, et non 0) et il est compté comme inconnu dans les totaux. Les cellules d'un fichier raster endommagé ou tronqué que GDAL ne peut pas lire sont elles aussi inconnues, et le journal nomme le raster et le nombre de blocs perdus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="112"/>
        <source>The class of a site is the class of its deepest known cell (the most severe class present); a corridor&apos;s class is the most severe class along it. Each class runs from above its lower bound up to and including its upper bound. Schemes from resources/standards/flood_classes.json (default: the first), or your own thresholds in metres ({1}): {0}.</source>
        <translation>La classe d'un site est celle de sa cellule connue la plus profonde (la classe la plus sévère présente) ; la classe d'un couloir est la classe la plus sévère le long de celui-ci. Chaque classe va d'au-dessus de sa borne inférieure jusqu'à sa borne supérieure incluse. Schémas tirés de resources/standards/flood_classes.json (par défaut : le premier), ou vos propres seuils en mètres ({1}) : {0}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="207"/>
        <source>Increasing depths in metres separated by commas, such as {0} ({1} classes).</source>
        <translation>Hauteurs d'eau croissantes en mètres, séparées par des virgules, par exemple {0} ({1} classes).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Sites wet in no scenario and unknown in at least one</source>
        <translation>Sites jamais inondés et inconnus dans au moins un scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="272"/>
        <source>Corridors wet in no scenario and unknown in at least one</source>
        <translation>Couloirs jamais inondés et inconnus dans au moins un scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="359"/>
        <source>Lengths and areas measured in metres in {0}, or in the UTM zone of each feature where {0} is more than 0.1 % off there</source>
        <translation>Longueurs et surfaces mesurées en mètres dans {0}, ou dans la zone UTM de chaque entité là où {0} s'écarte de plus de 0,1 %</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="443"/>
        <source>{0} sites have no number in field &apos;{1}&apos; (such as &apos;{2}&apos;): their exposed people are left empty. Choose a field of numbers of people.</source>
        <translation>{0} sites n'ont pas de nombre dans le champ « {1} » (par exemple « {2} ») : leur nombre de personnes exposées reste vide. Choisissez un champ contenant des nombres de personnes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="451"/>
        <source>Layer &apos;{0}&apos; ({1}) has no features: give a layer with at least one feature, or leave {1} empty.</source>
        <translation>La couche « {0} » ({1}) n'a aucune entité : fournissez une couche ayant au moins une entité, ou laissez {1} vide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="529"/>
        <source>Scenario &apos;{0}&apos;: {1} sites have no known cell (outside the raster, nodata or unreadable): their wet_pct and exposed_people are left empty, not 0, and the totals count them as unknown.</source>
        <translation>Scénario « {0} » : {1} sites n'ont aucune cellule connue (hors du raster, sans données ou illisible) : leurs wet_pct et exposed_people restent vides, et non 0, et les totaux les comptent comme inconnus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="533"/>
        <source>Scenario &apos;{0}&apos;: {1} corridors have no known cell (outside the raster, nodata or unreadable): their wet_m and wet_pct are left empty, not 0.</source>
        <translation>Scénario « {0} » : {1} couloirs n'ont aucune cellule connue (hors du raster, sans données ou illisible) : leurs wet_m et wet_pct restent vides, et non 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="536"/>
        <source>Scenario &apos;{0}&apos;: {1} blocks of raster &apos;{2}&apos; ({3}) could not be read ({4}); their cells are counted as unknown under the sites, never as dry. The file is damaged or incomplete: download or export it again (gdalinfo -checksum shows the errors) and run again.</source>
        <translation>Scénario « {0} » : {1} blocs du raster « {2} » ({3}) n'ont pas pu être lus ({4}) ; leurs cellules sont comptées comme inconnues sous les sites, jamais comme sèches. Le fichier est endommagé ou incomplet : téléchargez-le ou exportez-le de nouveau (gdalinfo -checksum montre les erreurs) et relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="541"/>
        <source>Scenario &apos;{0}&apos;: {1} blocks of raster &apos;{2}&apos; ({3}) could not be read ({4}); their cells are counted as unknown along the corridors, never as dry. The file is damaged or incomplete: download or export it again (gdalinfo -checksum shows the errors) and run again.</source>
        <translation>Scénario « {0} » : {1} blocs du raster « {2} » ({3}) n'ont pas pu être lus ({4}) ; leurs cellules sont comptées comme inconnues le long des couloirs, jamais comme sèches. Le fichier est endommagé ou incomplet : téléchargez-le ou exportez-le de nouveau (gdalinfo -checksum montre les erreurs) et relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="129"/>
        <source>Each corridor is cut exactly where it crosses cell edges; the length in each cell gives wet_m, unknown_m and wet_pct per scenario, and the corridor segments output holds the stretches of constant hazard class with their class, maximum depth and length: what a herder route planner needs on the map. For observed flood extents the overlay is exact (no raster). Per scenario, passable tells whether the corridor stays passable end to end: no stretch deeper than the standards profile&apos;s passable depth ({0}; without a depth, binary or classified rasters and observed extents, every wet stretch cuts it); it is empty (unknown) when there is no cut but some stretch is unknown. cuts counts the stretches too deep to cross, longest_dry_m is the longest stretch of known dry land.</source>
        <translation>Chaque couloir est découpé exactement là où il traverse les bords des cellules ; la longueur dans chaque cellule donne wet_m, unknown_m et wet_pct par scénario, et la sortie des tronçons de couloir contient les tronçons de classe d'aléa constante avec leur classe, leur hauteur d'eau maximale et leur longueur : ce dont a besoin sur la carte celui qui planifie les itinéraires des éleveurs. Pour les emprises d'inondation observées, la superposition est exacte (pas de raster). Par scénario, passable indique si le couloir reste praticable de bout en bout : aucun tronçon plus profond que la hauteur praticable du profil de normes ({0} ; sans hauteur d'eau, pour les rasters binaires ou classifiés et les emprises observées, chaque tronçon inondé le coupe) ; il est vide (inconnu) lorsqu'il n'y a aucune coupure mais qu'un tronçon est inconnu. cuts compte les tronçons trop profonds pour être franchis, longest_dry_m est le plus long tronçon de terrain sec connu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="184"/>
        <source>Observed flood extents (polygons or GFM rasters, one scenario each)</source>
        <translation>Emprises d'inondation observées (polygones ou rasters GFM, un scénario chacune)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="184"/>
        <source>Flood extents as the products deliver them: UNOSAT or Copernicus EMS polygons (measured by exact overlay), Copernicus GFM observed flood extent rasters. Their class values read as wet, possibly wet, permanent water or not observable (Flood extent product); several dates of one event are several scenarios.</source>
        <translation>Emprises d'inondation telles que les produits les livrent : polygones UNOSAT ou Copernicus EMS (mesurés par superposition exacte), rasters d'emprise d'inondation observée Copernicus GFM. Leurs valeurs de classe se lisent comme inondé, peut-être inondé, eau permanente ou non observable (Produit d'emprise d'inondation) ; plusieurs dates d'un même événement sont plusieurs scénarios.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/algorithm.py" line="316"/>
        <source>Corridors are cut where the water is deeper than passable (passable depth: {0})</source>
        <translation>Les couloirs sont coupés là où l'eau est plus profonde que la hauteur praticable (hauteur praticable : {0})</translation>
    </message>
</context>
<context>
    <name>FloodProne</name>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="40"/>
        <source>Flood-prone land from a DEM</source>
        <translation>Zones inondables à partir d'un MNT</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="43"/>
        <source>Hazards</source>
        <translation>Aléas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="49"/>
        <source>flood,inondation,HAND,height above nearest drainage,hauteur au-dessus du drainage,DEM,MNT,SRTM,Copernicus,drainage,wadi,GRASS,flood-prone,inondable</source>
        <translation>flood,inondation,HAND,height above nearest drainage,hauteur au-dessus du drainage,DEM,MNT,SRTM,Copernicus,drainage,wadi,oued,GRASS,flood-prone,inondable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="54"/>
        <source>Flood-prone land where no flood model exists: height above the nearest drainage (HAND) from a DEM, classed, with the drainage lines.</source>
        <translation>Zones inondables là où aucun modèle de crue n'existe : hauteur au-dessus du drainage le plus proche (HAND) à partir d'un MNT, classée, avec le réseau de drainage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="62"/>
        <source>Where water gathers when it rains, from a DEM alone (SRTM, Copernicus GLO-30): each cell&apos;s height above the drainage line its water runs to (HAND), classed by the HAND classes of resources/standards/hand_classes.json. Lower HAND is more flood-prone. Use it where no flood depth model exists; it is a screen, not a flood depth.</source>
        <translation>Où l'eau se rassemble quand il pleut, à partir du seul MNT (SRTM, Copernicus GLO-30) : la hauteur de chaque cellule au-dessus de la ligne de drainage vers laquelle son eau s'écoule (HAND), classée selon les classes HAND de resources/standards/hand_classes.json. Plus la HAND est basse, plus le terrain est inondable. À utiliser là où aucun modèle de hauteur d'eau n'existe ; c'est un criblage, pas une hauteur d'eau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="68"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="79"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="79"/>
        <source>{0}. Source: {1}. Confidence: {2}. {3} Drainage area default: {4} km2 ({5})</source>
        <translation>{0}. Source : {1}. Confiance : {2}. {3} Surface drainée par défaut : {4} km² ({5})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="85"/>
        <source>Use with the other tools</source>
        <translation>Utilisation avec les autres outils</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="85"/>
        <source>Flood exposure: give the classed raster as a hazard raster with Hazard raster values = Classified and the class table of this run (the CLASS_TABLE result: {0}); every class after the first counts as wet, nodata as unknown. Site layout: give it as the flood depth raster; cells whose class code is above the wet threshold are not built on (0.1: every class after the first; 1.5: only the last).</source>
        <translation>Exposition aux inondations : donnez le raster classé comme raster d'aléa avec Valeurs du raster d'aléa = Classé et la table des classes de ce calcul (le résultat CLASS_TABLE : {0}) ; chaque classe après la première compte comme inondée, nodata comme inconnu. Plan de site : donnez-le comme raster de hauteur d'eau ; les cellules dont le code de classe dépasse le seuil d'inondation ne sont pas construites (0,1 : chaque classe après la première ; 1,5 : seulement la dernière).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="92"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="92"/>
        <source>Band of any raster with a CRS. A DEM in degrees (EPSG:4326) is used as it is: HAND is a height difference and needs no projection; the drainage area is turned into cells with the geodesic area of a cell at the DEM&apos;s centre. GRASS must be available: {0}</source>
        <translation>Bande de tout raster doté d'un SCR. Un MNT en degrés (EPSG:4326) est utilisé tel quel : la HAND est une différence de hauteur et ne nécessite aucune projection ; la surface drainée est convertie en cellules avec la surface géodésique d'une cellule au centre du MNT. GRASS doit être disponible : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="107"/>
        <source>Elevation model (DEM)</source>
        <translation>Modèle numérique de terrain (MNT)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="107"/>
        <source>Elevation in metres, in any CRS (degrees allowed): SRTM, Copernicus GLO-30.</source>
        <translation>Altitude en mètres, dans n'importe quel SCR (degrés acceptés) : SRTM, Copernicus GLO-30.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="110"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="110"/>
        <source>Band of the DEM holding the elevation.</source>
        <translation>Bande du MNT contenant l'altitude.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="113"/>
        <source>Drainage area at which a channel starts (km2)</source>
        <translation>Surface drainée à partir de laquelle un chenal commence (km²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="113"/>
        <source>A drainage line starts where at least this area drains (default from hand_classes.json). Smaller: more, smaller wadis and lower HAND.</source>
        <translation>Une ligne de drainage commence là où au moins cette surface s'écoule (valeur par défaut de hand_classes.json). Plus petite : davantage d'oueds, plus petits, et une HAND plus basse.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="118"/>
        <source>HAND classes file (overrides the built-in classes)</source>
        <translation>Fichier de classes HAND (remplace les classes intégrées)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="118"/>
        <source>Your own copy of resources/standards/hand_classes.json, with its sources.</source>
        <translation>Votre propre copie de resources/standards/hand_classes.json, avec ses sources.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="123"/>
        <source>Flood-prone land (HAND classes)</source>
        <translation>Zones inondables (classes HAND)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="125"/>
        <source>Height above nearest drainage (m)</source>
        <translation>Hauteur au-dessus du drainage le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="128"/>
        <source>Drainage lines</source>
        <translation>Réseau de drainage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="130"/>
        <source>Class table of the classed raster (for flood exposure)</source>
        <translation>Table des classes du raster classé (pour l'exposition aux inondations)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="132"/>
        <source>Drainage threshold (cells)</source>
        <translation>Seuil de drainage (cellules)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="134"/>
        <source>Cells without HAND (draining out of the DEM)</source>
        <translation>Cellules sans HAND (s'écoulant hors du MNT)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="159"/>
        <source>Routing the flow with GRASS (depressions, directions, drainage lines)</source>
        <translation>Calcul de l'écoulement avec GRASS (dépressions, directions, lignes de drainage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="195"/>
        <source>DEM &apos;{0}&apos;: {1} x {2} cells, {3} to {4} m; a cell is {5} m2</source>
        <translation>MNT « {0} » : {1} x {2} cellules, de {3} à {4} m ; une cellule fait {5} m²</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="199"/>
        <source>The DEM is in degrees: HAND is a height difference and is used as it is; the drainage area is turned into cells with the geodesic area of a cell at the DEM&apos;s centre ({0} m2).</source>
        <translation>Le MNT est en degrés : la HAND est une différence de hauteur et est utilisée telle quelle ; la surface drainée est convertie en cellules avec la surface géodésique d'une cellule au centre du MNT ({0} m²).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="203"/>
        <source>A drainage line starts where {0} km2 drain: {1} cells</source>
        <translation>Une ligne de drainage commence là où {0} km² s'écoulent : {1} cellules</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="209"/>
        <source>Class {0} ({1}): {2} cells, {3} km2</source>
        <translation>Classe {0} ({1}) : {2} cellules, {3} km²</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="213"/>
        <source>{0} cells drain out of the DEM before meeting a drainage line: no HAND (nodata, unknown in flood exposure). Extend the DEM downstream to cover them.</source>
        <translation>{0} cellules s'écoulent hors du MNT avant d'atteindre une ligne de drainage : pas de HAND (nodata, inconnu dans l'exposition aux inondations). Étendez le MNT vers l'aval pour les couvrir.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="218"/>
        <source>{0} cells lie below the drainage their water reaches (depressions): HAND 0.</source>
        <translation>{0} cellules sont situées sous le drainage qu'atteint leur eau (dépressions) : HAND 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/algorithm.py" line="68"/>
        <source>GRASS GIS r.stream.extract (through QGIS Processing) handles depressions, routes the flow (single flow direction) and extracts the drainage lines where more than the drainage area drains. Each cell's water is then followed along GRASS's flow directions to the first drainage cell, and HAND is the cell's elevation minus that cell's (Rennó et al. 2008; Nobre et al. 2011). Cells whose water leaves the DEM before meeting a drainage line have no HAND (nodata: unknown in flood exposure). A cell lying below the drainage its water reaches (a depression) gets 0. Memory stays flat however large the DEM: GRASS keeps what exceeds its memory limit in its own working files, and the HAND step reads and writes the rasters tile by tile; a national DEM needs time and disk space, not memory.</source>
        <translation>GRASS GIS r.stream.extract (via QGIS Processing) traite les dépressions, calcule l'écoulement (direction d'écoulement unique) et extrait les lignes de drainage là où s'écoule plus que la surface drainée. L'eau de chaque cellule est ensuite suivie selon les directions d'écoulement de GRASS jusqu'à la première cellule de drainage, et la HAND est l'altitude de la cellule moins celle de cette cellule (Rennó et al. 2008 ; Nobre et al. 2011). Les cellules dont l'eau quitte le MNT avant d'atteindre une ligne de drainage n'ont pas de HAND (nodata : inconnu dans l'exposition aux inondations). Une cellule située sous le drainage qu'atteint son eau (une dépression) reçoit 0. La mémoire utilisée ne croît pas avec la taille du MNT : GRASS garde ce qui dépasse sa limite de mémoire dans ses propres fichiers de travail, et l'étape HAND lit et écrit les rasters tuile par tuile ; un MNT national demande du temps et de l'espace disque, pas de mémoire.</translation>
    </message>
</context>
<context>
    <name>FloodReport</name>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="18"/>
        <source>Flood exposure of sites and corridors</source>
        <translation>Exposition des sites et des couloirs aux inondations</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="21"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="110"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="22"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="22"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="25"/>
        <source>Class ranks</source>
        <translation>Rangs des classes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="26"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="26"/>
        <source>Depth up to (m)</source>
        <translation>Hauteur jusqu'à (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="43"/>
        <source>observed flood extent (polygons)</source>
        <translation>emprise d'inondation observée (polygones)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="44"/>
        <source>flood depth raster (m)</source>
        <translation>raster de hauteur d'eau (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="44"/>
        <source>binary extent raster</source>
        <translation>raster d'emprise binaire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="45"/>
        <source>classified raster</source>
        <translation>raster classé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="57"/>
        <source>Wet means a depth above {0} m.</source>
        <translation>Inondé signifie une hauteur d'eau supérieure à {0} m.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="58"/>
        <source>Hazard classes: {0} (source: {1}).</source>
        <translation>Classes d'aléa : {0} (source : {1}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="61"/>
        <source>Wet means a non-zero cell of the extent raster.</source>
        <translation>Inondé signifie une cellule non nulle du raster d'emprise.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="63"/>
        <source>Wet means any class other than the first ({0}).</source>
        <translation>Inondé signifie toute classe autre que la première ({0}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="64"/>
        <source>Hazard classes: the class table {0}.</source>
        <translation>Classes d'aléa : la table de classes {0}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="73"/>
        <source>For observed flood extents, wet means inside an extent polygon (exact overlay).</source>
        <translation>Pour les emprises d'inondation observées, inondé signifie à l'intérieur d'un polygone d'emprise (superposition exacte).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="79"/>
        <source>Exposed people = people of the shelters standing on wet cells.</source>
        <translation>Personnes exposées = personnes des abris situés sur des cellules inondées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="79"/>
        <source>Exposed people = site population x wet share of the site.</source>
        <translation>Personnes exposées = population du site x part inondée du site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="81"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="125"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="85"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="86"/>
        <source>Sites with wet cells</source>
        <translation>Sites avec cellules inondées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="87"/>
        <source>Sites partly unknown</source>
        <translation>Sites en partie inconnus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="125"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="126"/>
        <source>Exposed people</source>
        <translation>Personnes exposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="89"/>
        <source>Exposed %</source>
        <translation>% exposé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="159"/>
        <source>Corridors</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="90"/>
        <source>Corridor length (km)</source>
        <translation>Longueur des couloirs (km)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="148"/>
        <source>Wet (km)</source>
        <translation>Inondé (km)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="126"/>
        <source>Wet %</source>
        <translation>% inondé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="148"/>
        <source>Unknown (km)</source>
        <translation>Inconnu (km)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="97"/>
        <source>Totals by scenario</source>
        <translation>Totaux par scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="104"/>
        <source>All</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="125"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="126"/>
        <source>Unknown %</source>
        <translation>% inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="148"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="128"/>
        <source>Worst scenario</source>
        <translation>Pire scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="140"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="142"/>
        <source>Sites, most exposed first</source>
        <translation>Sites, les plus exposés d'abord</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="176"/>
        <source>Corridor</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="148"/>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="191"/>
        <source>Only the first {0} of {1} rows are shown; the output layers hold all.</source>
        <translation>Seules les {0} premières lignes sur {1} sont affichées ; les couches produites les contiennent toutes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="49"/>
        <source>A raster cell belongs to a site when its centre is inside the site polygon (as in QGIS zonal statistics and GDAL&apos;s rasterization, except for centres exactly on the boundary: here those on a west or north edge are in, those on an east or south edge out); a site holding fewer than two cell centres is measured with exact cell fractions. Corridor lengths are the exact length of line inside each cell, measured in {0}.</source>
        <translation>Une cellule de raster appartient à un site lorsque son centre se trouve à l'intérieur du polygone du site (comme dans les statistiques zonales de QGIS et la rastérisation de GDAL, sauf pour les centres situés exactement sur la limite : ici, ceux sur un bord ouest ou nord sont à l'intérieur, ceux sur un bord est ou sud à l'extérieur) ; un site contenant moins de deux centres de cellule est mesuré avec les fractions exactes de cellule. Les longueurs de couloir sont la longueur exacte de ligne à l'intérieur de chaque cellule, mesurée dans {0}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="74"/>
        <source>Unknown: nodata cells, codes missing from the class table, cells the raster file does not hold (damaged or cut short) and the part of a site or corridor outside the raster. Unknown is never counted as dry or wet: a site or corridor with no known cell has no wet share and no exposed people (shown as -), and the totals&apos; exposed % and wet % leave it out.</source>
        <translation>Inconnu : cellules sans données, codes absents de la table des classes, cellules que le fichier raster ne contient pas (endommagé ou tronqué) et partie d'un site ou d'un couloir située hors du raster. L'inconnu n'est jamais compté comme sec ni comme inondé : un site ou un couloir sans aucune cellule connue n'a ni part inondée ni personnes exposées (affiché -), et les % exposés et % inondés des totaux l'excluent.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="88"/>
        <source>Sites unknown (no known cell)</source>
        <translation>Sites inconnus (aucune cellule connue)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="93"/>
        <source>Corridors unknown (no known cell)</source>
        <translation>Couloirs inconnus (aucune cellule connue)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="41"/>
        <source>observed flood product: {0}</source>
        <translation>produit d'inondation observée : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="67"/>
        <source>Observed flood products: each class value reads as wet, possibly wet, permanent water (reported apart, never counted as flood water), not observable (unknown, never dry) or dry, as the product schemes say (flood_products.json, each value with its source); hazard classes 0 dry, 1 permanent water, 2 possibly wet, 3 wet.</source>
        <translation>Produits d'inondation observée : chaque valeur de classe se lit comme inondé, peut-être inondé, eau permanente (signalée à part, jamais comptée comme eau de crue), non observable (inconnu, jamais sec) ou sec, comme le disent les schémas des produits (flood_products.json, chaque valeur avec sa source) ; classes d'aléa 0 sec, 1 eau permanente, 2 peut-être inondé, 3 inondé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="168"/>
        <source>Corridor passage</source>
        <translation>Passage des couloirs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="169"/>
        <source>A corridor is cut where the water is deeper than the passable depth {0} (without a depth, binary or classified rasters and observed extents, every wet stretch cuts it); passable end to end means no cut and no unknown stretch; with no cut but some unknown stretch the answer is unknown, never passable. The longest dry stretch is the longest run of known dry land.</source>
        <translation>Un couloir est coupé là où l'eau est plus profonde que la hauteur praticable {0} (sans hauteur d'eau, pour les rasters binaires ou classifiés et les emprises observées, chaque tronçon inondé le coupe) ; praticable de bout en bout signifie aucune coupure et aucun tronçon inconnu ; sans coupure mais avec un tronçon inconnu, la réponse est inconnue, jamais praticable. Le plus long tronçon sec est la plus longue étendue de terrain sec connu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="176"/>
        <source>Passable end to end</source>
        <translation>Praticable de bout en bout</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="176"/>
        <source>Cuts</source>
        <translation>Coupures</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="176"/>
        <source>Longest dry stretch (km)</source>
        <translation>Plus long tronçon sec (km)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="179"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="179"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/report.py" line="179"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>HazardInputs</name>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="26"/>
        <source>Hazard raster values</source>
        <translation>Valeurs du raster d'aléa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="26"/>
        <source>Flood depth (m)</source>
        <translation>Hauteur d'eau (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="26"/>
        <source>Binary extent (non-zero = flooded)</source>
        <translation>Emprise binaire (non nul = inondé)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="26"/>
        <source>Classified (class table)</source>
        <translation>Classé (table des classes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="30"/>
        <source>Class table (classified rasters): code=name, ...</source>
        <translation>Table des classes (rasters classés) : code=nom, ...</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="30"/>
        <source>For classified rasters: code=name pairs in increasing severity, the no-hazard class first, such as 0=none,1=low,2=medium,3=high. Codes missing from the table count as unknown.</source>
        <translation>Pour les rasters classés : paires code=nom par gravité croissante, la classe sans aléa en premier, par exemple 0=none,1=low,2=medium,3=high. Les codes absents de la table comptent comme inconnus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="35"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="35"/>
        <source>Band of the hazard rasters to read.</source>
        <translation>Bande des rasters d'aléa à lire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="40"/>
        <source>Wet threshold (m; empty: standards profile)</source>
        <translation>Seuil d'inondation (m ; vide : profil de normes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/hazard_inputs.py" line="40"/>
        <source>A cell is wet when its depth is above this value (depth rasters). Empty: the standards profile&apos;s {0}.</source>
        <translation>Une cellule est inondée quand sa hauteur d'eau dépasse cette valeur (rasters de hauteur). Vide : la valeur {0} du profil de normes.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="105"/>
        <source>meets the standard</source>
        <translation>conforme à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="105"/>
        <source>does not meet the standard</source>
        <translation>non conforme à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="137"/>
        <source>Produced by Mali Sites on {0}</source>
        <translation>Produit par Mali Sites le {0}</translation>
    </message>
</context>
<context>
    <name>ImportDtmSites</name>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="35"/>
        <source>Import DTM site list</source>
        <translation>Importer la liste des sites DTM</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="38"/>
        <source>Data preparation</source>
        <translation>Préparation des données</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="62"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="126"/>
        <source>Fixes and rejections</source>
        <translation>Corrections et rejets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="149"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="164"/>
        <source>DTM site list (CSV or XLSX)</source>
        <translation>Liste des sites DTM (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="164"/>
        <source>Site lists (*.csv *.txt *.xlsx)</source>
        <translation>Listes de sites (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="164"/>
        <source>A DTM Mali site list as published by DNDS/IOM.</source>
        <translation>Une liste de sites DTM Mali telle que publiée par la DNDS/OIM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="173"/>
        <source>Field mapping (key=column, one per line; empty: automatic)</source>
        <translation>Correspondance des champs (clé=colonne, une par ligne ; vide : automatique)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="173"/>
        <source>For example: latitude=Lat_Y, longitude=Long_X, households=Nb ménages</source>
        <translation>Par exemple : latitude=Lat_Y, longitude=Long_X, households=Nb ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="177"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="182"/>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="236"/>
        <source>Columns used: {0}</source>
        <translation>Colonnes utilisées : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="292"/>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="294"/>
        <source>Row {0} rejected: {1}</source>
        <translation>Ligne {0} rejetée : {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows read</source>
        <translation>Nombre de lignes lues</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows imported</source>
        <translation>Nombre de lignes importées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows imported after a fix</source>
        <translation>Nombre de lignes importées après correction</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows rejected</source>
        <translation>Nombre de lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="44"/>
        <source>DTM,DNDS,IDP,PDI,site,CSV,XLSX,HXL,import,displacement,Kobo,P-code,round</source>
        <translation>DTM,DNDS,PDI,site,CSV,XLSX,HXL,importation,déplacement,Kobo,P-code,round,passage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="56"/>
        <source>Reads a DTM Mali file (CSV or XLSX, French or English headers, optional row of HXL tags) and places every site as a point in EPSG:4326. It reads site lists, Kobo exports of the site assessment, DTM API exports and baseline workbooks. No row is lost: each is imported (possibly after a logged fix, or with a warning), written to the rejected table with its reason, or superseded by a later round of the same place.</source>
        <translation>Lit un fichier DTM Mali (CSV ou XLSX, en-têtes en français ou en anglais, ligne facultative de balises HXL) et place chaque site sous forme de point en EPSG:4326. Il lit les listes de sites, les exports Kobo de l'évaluation des sites, les exports de l'API DTM et les classeurs de l'évaluation de base. Aucune ligne n'est perdue : chacune est importée (éventuellement après une correction consignée dans le journal, ou avec un avertissement), écrite dans la table des lignes rejetées avec son motif, ou remplacée par un round plus récent du même lieu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="62"/>
        <source>Found automatically by name: latitude/lat/y, longitude/lon/x, #geo+lat, #geo+lon; ménages/households; personnes/individus/individuals/numPresentIdpInd; région, cercle, commune (admin 1-3) and their P-codes (admin1Pcode, #adm1+code...); site id, name and status; round (roundNumber, #round+code) and reporting date (reportingDate, #date+reported). Kobo headers are read without their question number and group (__1.1.d.1__site_name is the site name, __1_1_e_1__site_location__admin_1_ the region, __1.1.f.3__gps_coordinates_latitude the latitude); Kobo's own columns (_id, _uuid, _status...) are never used. Field mapping overrides the guess: one key=column per line, or JSON, with keys site_id, site_name, site_status, country_code, admin_level, admin1, admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, households, individuals, round, reporting_date, latitude, longitude.</source>
        <translation>Repérées automatiquement d'après leur nom : latitude/lat/y, longitude/lon/x, #geo+lat, #geo+lon ; ménages/households ; personnes/individus/individuals/numPresentIdpInd ; région, cercle, commune (admin 1-3) et leurs P-codes (admin1Pcode, #adm1+code...) ; identifiant, nom et statut du site ; round (roundNumber, #round+code) et date du rapport (reportingDate, #date+reported). Les en-têtes Kobo sont lus sans leur numéro de question ni leur groupe (__1.1.d.1__site_name est le nom du site, __1_1_e_1__site_location__admin_1_ la région, __1.1.f.3__gps_coordinates_latitude la latitude) ; les colonnes propres à Kobo (_id, _uuid, _status...) ne sont jamais utilisées. La correspondance des champs remplace cette détection : une paire clé=colonne par ligne, ou du JSON, avec les clés site_id, site_name, site_status, country_code, admin_level, admin1, admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, households, individuals, round, reporting_date, latitude, longitude.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="74"/>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="80"/>
        <source>Admin-level figures</source>
        <translation>Chiffres par unité administrative</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="80"/>
        <source>A file without latitude and longitude columns but with admin units and figures (the DTM API export, baseline tables by région or cercle) is not placed on the map: no shipped table gives a point for a region or a cercle with a source, and a point at its centre would read as a site. Its rows go to the Admin-level figures table, without geometry, with their P-codes: join it to the COD-AB boundaries by P-code (Join attributes by field value). The Sites layer is then empty. That table is only written for such files.</source>
        <translation>Un fichier sans colonnes de latitude et de longitude mais avec des unités administratives et des chiffres (l'export de l'API DTM, les tableaux de l'évaluation de base par région ou par cercle) n'est pas placé sur la carte : aucune table fournie ne donne, avec sa source, un point pour une région ou un cercle, et un point en son centre se lirait comme un site. Ses lignes vont dans la table des chiffres par unité administrative, sans géométrie, avec leurs P-codes : joignez-la aux limites COD-AB par P-code (Joindre les attributs par valeur de champ). La couche Sites est alors vide. Cette table n'est écrite que pour de tels fichiers.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="107"/>
        <source>P-codes</source>
        <translation>P-codes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="107"/>
        <source>Mali P-codes are ML and 2 digits per level (ML05 Mopti, ML0501 Bandiagara, ML060505). Spaces and lower case are fixed; a name column holding a code has it moved to the P-code field. Codes are checked for form, for nesting (ML0501 lies in ML05) and against the names of the same row with resources/pcodes/mali_admin.json: the COD-AB regions ML01 Kayes to ML10 Ménaka (ML09 Bamako), the regions of the 2023 division as REACH's 2025 scripts code them (ML00 Bamako, ML09 Taoudénit, ML11 Nioro to ML19 Bandiagara) and 49 COD-AB cercles (not all of them). Confidence: secondary (the lists were read from REACH's MSNA 2025 scripts and the project's notes, not from the COD-AB file). A code that disagrees with its name is never corrected: the row is imported with a warning (log and warnings field) and both are kept as given.</source>
        <translation>Les P-codes du Mali sont ML suivi de 2 chiffres par niveau (ML05 Mopti, ML0501 Bandiagara, ML060505). Les espaces et les minuscules sont corrigés ; un code trouvé dans une colonne de noms est déplacé vers le champ de P-code. Les codes sont vérifiés pour leur forme, leur emboîtement (ML0501 est dans ML05) et contre les noms de la même ligne avec resources/pcodes/mali_admin.json : les régions COD-AB ML01 Kayes à ML10 Ménaka (ML09 Bamako), les régions du découpage de 2023 telles que les scripts 2025 de REACH les codent (ML00 Bamako, ML09 Taoudénit, ML11 Nioro à ML19 Bandiagara) et 49 cercles COD-AB (pas tous). Fiabilité : secondaire (les listes ont été lues dans les scripts MSNA 2025 de REACH et les notes du projet, pas dans le fichier COD-AB). Un code en désaccord avec son nom n'est jamais corrigé : la ligne est importée avec un avertissement (journal et champ warnings) et les deux sont gardés tels quels.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="118"/>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="118"/>
        <source>When the file has a round or a reporting date column, each place keeps its latest report: the highest round, then the latest date, then the later row. A place is a site id, else a site name in its région, cercle and commune; an admin unit is its deepest P-code, else its names. Older rows go to the rejected table as superseded, naming the row that replaced them. The latest report is chosen among the rows that could be imported: a later row that was rejected stays in the rejected table with its reason. A round that cannot be read rejects its row.</source>
        <translation>Lorsque le fichier a une colonne de round ou de date du rapport, chaque lieu garde son rapport le plus récent : le round le plus élevé, puis la date la plus récente, puis la ligne la plus basse du fichier. Un lieu est un identifiant de site, sinon un nom de site dans sa région, son cercle et sa commune ; une unité administrative est son P-code le plus fin, sinon ses noms. Les lignes plus anciennes vont dans la table des lignes rejetées comme remplacées, en nommant la ligne qui les remplace. Le rapport le plus récent est choisi parmi les lignes qui ont pu être importées : une ligne plus récente qui a été rejetée reste dans la table des lignes rejetées avec son motif. Un round illisible fait rejeter sa ligne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="168"/>
        <source>Sheet (workbooks: name or number; empty: the sheet with the site list)</source>
        <translation>Feuille (classeurs : nom ou numéro ; vide : la feuille de la liste des sites)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="168"/>
        <source>The sheet of an XLSX workbook to read, by name or number from 1, such as Sites or 2. Empty: the sheet whose header looks most like a site list.</source>
        <translation>La feuille du classeur XLSX à lire, par son nom ou son numéro à partir de 1, par exemple Sites ou 2. Vide : la feuille dont l'en-tête ressemble le plus à une liste de sites.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="179"/>
        <source>Admin-level figures (files without coordinates)</source>
        <translation>Chiffres par unité administrative (fichiers sans coordonnées)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows imported with a warning</source>
        <translation>Nombre de lignes importées avec un avertissement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows imported as admin-level figures (no coordinates)</source>
        <translation>Nombre de lignes importées comme chiffres par unité administrative (sans coordonnées)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="185"/>
        <source>Number of rows superseded by a later round</source>
        <translation>Nombre de lignes remplacées par un round plus récent</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="222"/>
        <source>The file holds admin-level figures without coordinates: ask for the Admin-level figures output, which was switched off.</source>
        <translation>Le fichier contient des chiffres par unité administrative sans coordonnées : demandez la sortie Chiffres par unité administrative, qui a été désactivée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="233"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="233"/>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="242"/>
        <source>The file is not UTF-8; it was read as {0}</source>
        <translation>Le fichier n'est pas en UTF-8 ; il a été lu en {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="243"/>
        <source>Sheet &apos;{0}&apos; read ({1} of {2}), header on row {3}</source>
        <translation>Feuille « {0} » lue ({1} sur {2}), en-tête à la ligne {3}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="244"/>
        <source>SHEET is for workbooks; {0} was read whole</source>
        <translation>SHEET (Feuille) ne sert qu'aux classeurs ; {0} a été lu en entier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="245"/>
        <source>Header on line {0}; the lines above it were skipped</source>
        <translation>En-tête à la ligne {0} ; les lignes au-dessus ont été ignorées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="246"/>
        <source>Row {0} holds HXL tags; they were used to find the columns</source>
        <translation>La ligne {0} contient des balises HXL ; elles ont servi à trouver les colonnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="247"/>
        <source>No latitude or longitude column: the rows are admin-level figures, written to the admin figures table without geometry (join it to boundaries by P-code)</source>
        <translation>Pas de colonne de latitude ni de longitude : les lignes sont des chiffres par unité administrative, écrits sans géométrie dans la table des chiffres par unité administrative (joignez-la aux limites par P-code)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="250"/>
        <source>Rounds or reporting dates found: the latest report of each place is kept, {0} older rows are superseded</source>
        <translation>Rounds ou dates de rapport trouvés : le rapport le plus récent de chaque lieu est gardé, {0} lignes plus anciennes sont remplacées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="252"/>
        <source>P-codes checked against {0}: {1} COD-AB regions and {2} cercles (confidence: {3})</source>
        <translation>P-codes vérifiés avec {0} : {1} régions COD-AB et {2} cercles (fiabilité : {3})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="312"/>
        <source>{0} rows read: {1} imported ({2} after a fix, {3} with a warning, {4} without coordinates), {5} rejected, {6} superseded by a later round</source>
        <translation>{0} lignes lues : {1} importées ({2} après correction, {3} avec un avertissement, {4} sans coordonnées), {5} rejetées, {6} remplacées par un round plus récent</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="47"/>
        <source>Reads a DTM site list (CSV or Excel, French or English headers, HXL, Kobo or DTM API exports) into site points; every row imported, fixed or rejected with its reason.</source>
        <translation>Lit une liste de sites DTM (CSV ou Excel, en-têtes en français ou en anglais, HXL, exports Kobo ou de l'API DTM) en points de site ; chaque ligne est importée, corrigée ou rejetée avec sa raison.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="74"/>
        <source>The header is the first of the first 30 rows that names a latitude and a longitude column, else the first that names at least three known columns (title rows above it are skipped; if no row does, the first row that is not empty). The sheet read is the one named by Sheet, else the sheet whose header names latitude and longitude and the most known columns. The log says which sheet and row were used.</source>
        <translation>L'en-tête est la première des 30 premières lignes qui nomme une colonne de latitude et une colonne de longitude, sinon la première qui nomme au moins trois colonnes connues (les lignes de titre situées au-dessus sont ignorées ; si aucune ligne ne convient, la première ligne non vide). La feuille lue est celle nommée par Feuille, sinon la feuille dont l'en-tête nomme la latitude, la longitude et le plus de colonnes connues. Le journal indique la feuille et la ligne utilisées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="95"/>
        <source>In Mali</source>
        <translation>Au Mali</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="95"/>
        <source>Each site is checked against Mali&apos;s outline, resources/boundaries/mali.geojson: Natural Earth 1:10m (public domain) as QGIS ships it in world_map.gpkg; its source, date and accuracy are in the README beside it. A site up to {0} km outside the outline is kept, with a warning saying how far outside it lies: the outline is drawn for 1:10 million and generalised, and DTM lists often round coordinates to 2 decimals, so sites on the border must not be lost. A site farther out is rejected with its position and its distance from the border, such as &apos;coordinates outside Mali (12.37 N, 1.52 W, 206 km from the border)&apos; for Ouagadougou (a bounding box would take Ouagadougou and Niamey for Mali).</source>
        <translation>Chaque site est vérifié par rapport au contour du Mali, resources/boundaries/mali.geojson : Natural Earth 1:10m (domaine public) tel que QGIS le fournit dans world_map.gpkg ; sa source, sa date et sa précision figurent dans le README placé à côté. Un site situé jusqu'à {0} km hors du contour est conservé, avec un avertissement indiquant à quelle distance il se trouve : le contour est dessiné pour le 1/10 000 000 et généralisé, et les listes DTM arrondissent souvent les coordonnées à 2 décimales, si bien que les sites proches de la frontière ne doivent pas être perdus. Un site plus éloigné est rejeté avec sa position et sa distance à la frontière, par exemple « coordinates outside Mali (12.37 N, 1.52 W, 206 km from the border) » pour Ouagadougou (un rectangle englobant prendrait Ouagadougou et Niamey pour le Mali).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="126"/>
        <source>Fixed and logged: decimal commas in quoted or semicolon-separated values (12,65), latitude and longitude swapped (when swapping puts the site in Mali), UTF-8 with BOM, Latin-1 files, semicolon or tab separators, P-codes as above. Rejected with a reason: empty or non-numeric coordinates, coordinates outside Mali (above), negative or non-integer household or individual counts, counts above Mali&apos;s whole population ({0}, UN World Population Prospects 2022 for 2026: a typo), a round above {1}, total rows, a country code other than MLI, an unreadable round, an admin-level row naming no admin unit, a row with more fields than the header has columns (in a comma-separated file with decimal commas the message says so: save it with &apos;;&apos; as separator or with decimal points; a file where every row is like that is refused). Imported with a warning: P-codes as above, a reporting date or admin level that cannot be read (left empty), a site near the border (above).</source>
        <translation>Corrigés et consignés dans le journal : virgules décimales dans des valeurs entre guillemets ou séparées par des points-virgules (12,65), latitude et longitude inversées (lorsque l'inversion place le site au Mali), UTF-8 avec BOM, fichiers Latin-1, séparateurs point-virgule ou tabulation, P-codes comme ci-dessus. Rejetés avec un motif : coordonnées vides ou non numériques, coordonnées hors du Mali (ci-dessus), nombres de ménages ou de personnes négatifs ou non entiers, nombres supérieurs à la population totale du Mali ({0}, World Population Prospects 2022 des Nations unies pour 2026 : une faute de frappe), un round supérieur à {1}, les lignes de total, un code pays autre que MLI, un round illisible, une ligne de niveau administratif qui ne nomme aucune unité administrative, une ligne qui a plus de champs que l'en-tête n'a de colonnes (dans un fichier séparé par des virgules avec des virgules décimales, le message le dit : enregistrez-le avec « ; » comme séparateur ou avec des points décimaux ; un fichier dont toutes les lignes sont dans ce cas est refusé). Importés avec un avertissement : P-codes comme ci-dessus, une date de rapport ou un niveau administratif illisible (laissé vide), un site proche de la frontière (ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="139"/>
        <source>Repeated sites</source>
        <translation>Sites répétés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="139"/>
        <source>In a file without rounds, rows with the same site id (or, for admin-level figures, the same admin unit) are reported: a row that repeats an earlier one in every value is the same entry twice and is rejected (its people would be counted twice); rows that differ are all imported, each with a warning naming the other rows, for you to decide whether one site was listed twice or two sites share an id. In a file with rounds the latest report of each place is kept (Rounds).</source>
        <translation>Dans un fichier sans rounds, les lignes qui ont le même identifiant de site (ou, pour les chiffres par unité administrative, la même unité administrative) sont signalées : une ligne qui répète une ligne précédente dans toutes ses valeurs est la même entrée en double et elle est rejetée (ses personnes seraient comptées deux fois) ; les lignes qui diffèrent sont toutes importées, chacune avec un avertissement qui nomme les autres lignes, pour que vous décidiez si un site a été listé deux fois ou si deux sites partagent un identifiant. Dans un fichier avec rounds, le rapport le plus récent de chaque lieu est gardé (Rounds).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="149"/>
        <source>Sites: site_id, site_name, site_status, admin1, admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, households, individuals, round, reporting_date, source_row (line of the file or row of the sheet), fixes, warnings, then every original column as text. Admin-level figures: country_code, admin_level, the admin names and P-codes, households, individuals, round, reporting_date, source_row, fixes, warnings and the original columns. Rejected rows: source_row, reason and the original columns, superseded rows included. The results count the rows read, imported, fixed, with a warning, without coordinates, rejected and superseded: rows read = imported + rejected + superseded. An original column whose name is taken is written as orig_&lt;name&gt;: fid and geom (a QGIS export; a GeoPackage keeps them for its feature id and geometry) and our own field names; the log lists them. A row the writer refuses stops the run with its row number: no row is lost in silence.</source>
        <translation>Sites : site_id, site_name, site_status, admin1, admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, households, individuals, round, reporting_date, source_row (ligne du fichier ou ligne de la feuille), fixes, warnings, puis chaque colonne d'origine sous forme de texte. Chiffres par unité administrative : country_code, admin_level, les noms et P-codes administratifs, households, individuals, round, reporting_date, source_row, fixes, warnings et les colonnes d'origine. Lignes rejetées : source_row, reason et les colonnes d'origine, lignes remplacées comprises. Les résultats comptent les lignes lues, importées, corrigées, avec un avertissement, sans coordonnées, rejetées et remplacées : lignes lues = importées + rejetées + remplacées. Une colonne d'origine dont le nom est déjà pris est écrite sous le nom orig_&lt;name&gt; : fid et geom (un export QGIS ; un GeoPackage les garde pour son identifiant d'entité et sa géométrie) et nos propres noms de champ ; le journal les énumère. Une ligne que le pilote d'écriture refuse arrête l'exécution avec son numéro de ligne : aucune ligne n'est perdue en silence.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="254"/>
        <source>Coordinates checked against Mali&apos;s outline ({0}, Natural Earth); sites up to {1} km outside it are kept with a warning</source>
        <translation>Coordonnées vérifiées par rapport au contour du Mali ({0}, Natural Earth) ; les sites situés jusqu'à {1} km hors du contour sont conservés avec un avertissement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="256"/>
        <source>Original columns renamed in the outputs, their names being taken (by an output field, or by the GeoPackage&apos;s own fid and geom columns): {0}</source>
        <translation>Colonnes d'origine renommées dans les sorties, leur nom étant déjà pris (par un champ de sortie, ou par les colonnes fid et geom propres au GeoPackage) : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="258"/>
        <source>{0} rows share their site id or admin unit with another row: an exact repeat is rejected, the others carry a warning</source>
        <translation>{0} lignes partagent leur identifiant de site ou leur unité administrative avec une autre ligne : une répétition exacte est rejetée, les autres portent un avertissement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="260"/>
        <source>{0} rows were rejected for decimal commas in a comma-separated file: save it with &apos;;&apos; as separator or with decimal points</source>
        <translation>{0} lignes ont été rejetées pour des virgules décimales dans un fichier séparé par des virgules : enregistrez-le avec « ; » comme séparateur ou avec des points décimaux</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="305"/>
        <source>Row {0} of the file could not be written to the output ({1}); no output was kept. Check the row&apos;s values and the output&apos;s file format</source>
        <translation>La ligne {0} du fichier n'a pas pu être écrite dans la sortie ({1}) ; aucune sortie n'a été conservée. Vérifiez les valeurs de la ligne et le format de fichier de la sortie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/dtm/algorithm.py" line="305"/>
        <source>the writer gave no reason</source>
        <translation>le pilote d'écriture n'a donné aucun motif</translation>
    </message>
</context>
<context>
    <name>InputChecks</name>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="22"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="22"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="23"/>
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="58"/>
        <source>{parameter}: layer &apos;{layer}&apos; holds {held}; this input needs {wanted}. Give a layer of {wanted}{conversion}.</source>
        <translation>{parameter} : la couche « {layer} » contient des {held} ; cette entrée demande des {wanted}. Fournissez une couche de {wanted}{conversion}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="58"/>
        <source>no geometry</source>
        <translation>entités sans géométrie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="58"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="69"/>
        <source>Centroids</source>
        <translation>Centroïdes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="70"/>
        <source>Polygons to Lines</source>
        <translation>Polygones vers lignes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="71"/>
        <source>Lines to Polygons</source>
        <translation>Lignes vers polygones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="72"/>
        <source>Buffer</source>
        <translation>Tampon</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="74"/>
        <source> (if that is what the layer means, QGIS&apos;s &apos;{tool}&apos; tool makes one)</source>
        <translation> (si c'est bien ce que représente la couche, l'outil « {tool} » de QGIS en produit une)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="86"/>
        <source>{parameter}: layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Its fields are: {names}. Give one of them (field names are case-sensitive).</source>
        <translation>{parameter} : la couche « {layer} » n'a pas de champ « {field} ». Ses champs sont : {names}. Indiquez l'un d'eux (les noms de champ respectent la casse).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/input_checks.py" line="86"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../build/core_messages.py" line="2"/>
        <source>Nothing to assess: give sites (polygons or points) or corridors (lines), or both</source>
        <translation>Rien à évaluer : fournissez des sites (polygones ou points) ou des couloirs (lignes), ou les deux</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="3"/>
        <source>hazard_kind must be one of %s, got %s</source>
        <translation>hazard_kind doit être l'une des valeurs suivantes : %s ; valeur reçue : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="4"/>
        <source>No scenario: give at least one hazard raster (hazards) or one flood extent frame (flood_extents)</source>
        <translation>Aucun scénario : fournissez au moins un raster d'aléa (hazards) ou un GeoDataFrame d'emprise d'inondation (flood_extents)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="5"/>
        <source>classes must be one of %s, got %s</source>
        <translation>classes doit être l'une des valeurs suivantes : %s ; valeur reçue : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="6"/>
        <source>%s must be a GeoDataFrame, got %s</source>
        <translation>%s doit être un GeoDataFrame ; type reçu : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="7"/>
        <source>%s is empty: give at least one feature</source>
        <translation>%s est vide : fournissez au moins une entité</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="8"/>
        <source>%s has no CRS: set it with frame.set_crs(&apos;EPSG:4326&apos;) (or its own CRS) and call again</source>
        <translation>%s n'a pas de SCR : définissez-le avec frame.set_crs('EPSG:4326') (ou son propre SCR) et rappelez la fonction</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="9"/>
        <source>%s holds %s geometries where %s are expected</source>
        <translation>%s contient des géométries de type %s alors que le type attendu est %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="10"/>
        <source>%s has no feature with a location; a UTM zone cannot be chosen</source>
        <translation>%s n'a aucune entité localisée ; impossible de choisir une zone UTM</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="11"/>
        <source>%s has no column &apos;%s&apos;; its columns are: %s</source>
        <translation>%s n'a pas de colonne « %s » ; ses colonnes sont : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="12"/>
        <source>No site has a usable polygon: check the geometries of the site frame</source>
        <translation>Aucun site n'a de polygone utilisable : vérifiez les géométries du GeoDataFrame des sites</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="13"/>
        <source>No shelter has a location: check the geometries of the shelters</source>
        <translation>Aucun abri n'est localisé : vérifiez les géométries des abris</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="14"/>
        <source>default_water_type must be one of %s, got %s</source>
        <translation>default_water_type doit être l'une des valeurs suivantes : %s ; valeur reçue : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="15"/>
        <source>The site frame has no valid polygon</source>
        <translation>Le GeoDataFrame des sites n'a aucun polygone valide</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="16"/>
        <source>The path network has no lines: give a line layer of paths and roads, or leave PATHS empty for straight-line distances</source>
        <translation>Le réseau de chemins n'a aucune ligne : fournissez une couche de lignes des chemins et des routes, ou laissez PATHS vide pour des distances à vol d'oiseau</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="18"/>
        <source>Phase must be one of %s, got %r</source>
        <translation>La phase doit être l'une des valeurs suivantes : %s ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="19"/>
        <source>Standards profile %s is missing the figure(s) %s. Copy them from %s with their source, or name a &apos;fallback&apos; profile.</source>
        <translation>Il manque au profil de normes %s la ou les valeurs de référence %s. Copiez-les depuis %s avec leur source, ou nommez un profil « fallback ».</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="20"/>
        <source>Standards profile &apos;%s&apos; not found: give &apos;sphere_2018&apos;, &apos;unhcr&apos; or the path of a .json profile file</source>
        <translation>Profil de normes « %s » introuvable : indiquez « sphere_2018 », « unhcr » ou le chemin d'un fichier de profil .json</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="21"/>
        <source>Standards profile %s has no &apos;figures&apos; object</source>
        <translation>Le profil de normes %s n'a pas d'objet « figures »</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="23"/>
        <source>Class thresholds must be positive depths in metres in increasing order, such as 0.1,0.5,1.5; got %r</source>
        <translation>Les seuils de classe doivent être des hauteurs d'eau positives en mètres, en ordre croissant, par exemple 0.1,0.5,1.5 ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="24"/>
        <source>Standards profile %s, figure &apos;%s&apos;: &apos;value&apos; must be greater than zero, got %g</source>
        <translation>Profil de normes %s, valeur de référence « %s » : « value » doit être supérieure à zéro ; valeur reçue : %g</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="25"/>
        <source>Standards profile %s is not valid JSON (line %d, column %d: %s)</source>
        <translation>Le profil de normes %s n'est pas un JSON valide (ligne %d, colonne %d : %s)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="26"/>
        <source>Standards profile %s cannot be read: %s</source>
        <translation>Le profil de normes %s ne peut pas être lu : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="27"/>
        <source>%s must be an object with &apos;value&apos; and &apos;source&apos;</source>
        <translation>%s doit être un objet avec « value » et « source »</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="28"/>
        <source>%s: &apos;value&apos; must be a number, got %r</source>
        <translation>%s : « value » doit être un nombre ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="29"/>
        <source>%s: &apos;value&apos; must not be negative, got %r</source>
        <translation>%s : « value » ne doit pas être négative ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="30"/>
        <source>%s: &apos;comparison&apos; must be one of %s, got %r</source>
        <translation>%s : « comparison » doit être l'une des valeurs suivantes : %s ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="31"/>
        <source>%s: &apos;confidence&apos; must be one of %s, got %r</source>
        <translation>%s : « confidence » doit être l'une des valeurs suivantes : %s ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="32"/>
        <source>%s has no &apos;source&apos;: every figure names where it comes from</source>
        <translation>%s n'a pas de « source » : chaque valeur de référence indique sa provenance</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="33"/>
        <source>Class thresholds must be numbers in metres separated by commas, such as 0.1,0.5,1.5; got %r</source>
        <translation>Les seuils de classe doivent être des nombres en mètres séparés par des virgules, par exemple 0.1,0.5,1.5 ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="34"/>
        <source>Standards profile &apos;%s&apos; has no figure &apos;%s&apos;; add it to %s</source>
        <translation>Le profil de normes « %s » n'a pas de valeur de référence « %s » ; ajoutez-la à %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="35"/>
        <source>FIELD_MAPPING JSON must be an object such as {&quot;latitude&quot;: &quot;Lat&quot;, &quot;longitude&quot;: &quot;Lon&quot;}</source>
        <translation>Le JSON de FIELD_MAPPING doit être un objet tel que {&quot;latitude&quot;: &quot;Lat&quot;, &quot;longitude&quot;: &quot;Lon&quot;}</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="36"/>
        <source>FIELD_MAPPING key %r is unknown; keys are: %s</source>
        <translation>La clé %r de FIELD_MAPPING est inconnue ; les clés sont : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="37"/>
        <source>FIELD_MAPPING is not valid JSON: %s</source>
        <translation>FIELD_MAPPING n'est pas un JSON valide : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="38"/>
        <source>FIELD_MAPPING entry %r has no &apos;=&apos;: write key=column, such as latitude=Lat</source>
        <translation>L'entrée %r de FIELD_MAPPING n'a pas de « = » : écrivez clé=colonne, par exemple latitude=Lat</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="39"/>
        <source>FIELD_MAPPING names column %r for %s, but the file has no such column. Columns are: %s</source>
        <translation>FIELD_MAPPING nomme la colonne %r pour %s, mais le fichier n'a aucune colonne de ce nom. Les colonnes sont : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="40"/>
        <source>%s has no sheet %r; its sheets are: %s (give a name or a number from 1)</source>
        <translation>%s n'a pas de feuille %r ; ses feuilles sont : %s (indiquez un nom ou un numéro à partir de 1)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="41"/>
        <source>The site list %s is empty: export the site list again, with its header row</source>
        <translation>La liste de sites %s est vide : exportez de nouveau la liste de sites, avec sa ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="42"/>
        <source>The site list %s holds only separators (%r) and no values: it has no header and no rows. Export the site list again from the spreadsheet, with its header row</source>
        <translation>La liste de sites %s ne contient que des séparateurs (%r) et aucune valeur : elle n'a ni en-tête ni lignes. Exportez de nouveau la liste de sites depuis le tableur, avec sa ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="43"/>
        <source>%s is not a text table (CSV): it is a zip archive (an .xlsx workbook with another extension? rename it to .xlsx). Give a CSV site list or an XLSX workbook</source>
        <translation>%s n'est pas un tableau texte (CSV) : c'est une archive zip (un classeur .xlsx avec une autre extension ? renommez-le en .xlsx). Fournissez une liste de sites CSV ou un classeur XLSX</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="44"/>
        <source>%s is not a text table (CSV): it is an old Excel .xls workbook. Save it as .xlsx or CSV</source>
        <translation>%s n'est pas un tableau texte (CSV) : c'est un ancien classeur Excel .xls. Enregistrez-le en .xlsx ou en CSV</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="45"/>
        <source>%s is not a text table (CSV): it is an SQLite database or GeoPackage. Give a CSV site list or an XLSX workbook</source>
        <translation>%s n'est pas un tableau texte (CSV) : c'est une base de données SQLite ou un GeoPackage. Fournissez une liste de sites CSV ou un classeur XLSX</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="46"/>
        <source>%s is not a text table (CSV): it is a PDF document. Give a CSV site list or an XLSX workbook</source>
        <translation>%s n'est pas un tableau texte (CSV) : c'est un document PDF. Fournissez une liste de sites CSV ou un classeur XLSX</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="47"/>
        <source>%s is not a text table (CSV): it holds binary data. Give a CSV site list or an XLSX workbook (a CSV saved as UTF-16? save it as UTF-8)</source>
        <translation>%s n'est pas un tableau texte (CSV) : il contient des données binaires. Fournissez une liste de sites CSV ou un classeur XLSX (un CSV enregistré en UTF-16 ? enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="48"/>
        <source>The sheet &apos;%s&apos; of %s is empty; name the sheet with the site list (SHEET)</source>
        <translation>La feuille « %s » de %s est vide ; indiquez la feuille qui contient la liste de sites (SHEET)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="49"/>
        <source>No header row found in the first %s rows: every row is empty</source>
        <translation>Aucune ligne d'en-tête trouvée dans les %s premières lignes : toutes les lignes sont vides</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="50"/>
        <source>Line %s of %s cannot be read as a table (%s): give a CSV site list or an XLSX workbook</source>
        <translation>La ligne %s de %s ne peut pas être lue comme un tableau (%s) : fournissez une liste de sites CSV ou un classeur XLSX</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="51"/>
        <source>Reading .xlsx needs python3-openpyxl; save the sheet as CSV instead</source>
        <translation>La lecture des fichiers .xlsx nécessite python3-openpyxl ; enregistrez plutôt la feuille en CSV</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="52"/>
        <source>The workbook %s cannot be read (%s): it is damaged or not an .xlsx workbook. Open it in Excel or LibreOffice and save it again as .xlsx, or as CSV</source>
        <translation>Le classeur %s ne peut pas être lu (%s) : il est endommagé ou ce n'est pas un classeur .xlsx. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx, ou en CSV</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="53"/>
        <source>No %s column found in %s, sheet &apos;%s&apos; (header on row %s). Columns are: %s. Give FIELD_MAPPING such as &apos;latitude=&lt;column&gt;; longitude=&lt;column&gt;&apos;, or SHEET for another sheet.</source>
        <translation>Aucune colonne %s trouvée dans %s, feuille « %s » (en-tête à la ligne %s). Les colonnes sont : %s. Indiquez FIELD_MAPPING, par exemple « latitude=&lt;colonne&gt;; longitude=&lt;colonne&gt; », ou SHEET pour une autre feuille.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="54"/>
        <source>The sheet &apos;%s&apos; of %s has a header on row %s but no rows under it: nothing to import. Give the sheet with the sites (SHEET)</source>
        <translation>La feuille « %s » de %s a un en-tête à la ligne %s mais aucune ligne en dessous : rien à importer. Indiquez la feuille qui contient les sites (SHEET)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="55"/>
        <source>The site list %s does not exist: give the path of a CSV or XLSX file</source>
        <translation>La liste de sites %s n'existe pas : indiquez le chemin d'un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="56"/>
        <source>No %s column found in %s (header on line %s). Columns are: %s. Give FIELD_MAPPING such as &apos;latitude=&lt;column&gt;; longitude=&lt;column&gt;&apos;.</source>
        <translation>Aucune colonne %s trouvée dans %s (en-tête à la ligne %s). Les colonnes sont : %s. Indiquez FIELD_MAPPING, par exemple « latitude=&lt;colonne&gt;; longitude=&lt;colonne&gt; ».</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="57"/>
        <source>%s has a header on line %s but no rows under it: nothing to import. Add the sites under the header, or give another file</source>
        <translation>%s a un en-tête à la ligne %s mais aucune ligne en dessous : rien à importer. Ajoutez les sites sous l'en-tête, ou fournissez un autre fichier</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="58"/>
        <source>%s uses decimal commas in a comma-separated file: every row (%s) has more fields than the %s columns of its header (line %s: %s). Save it with &apos;;&apos; as separator or with decimal points, and import it again</source>
        <translation>%s utilise des virgules décimales dans un fichier séparé par des virgules : chaque ligne (%s) a plus de champs que les %s colonnes de son en-tête (ligne %s : %s). Enregistrez-le avec « ; » comme séparateur ou avec des points décimaux, puis importez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="59"/>
        <source>The site list %s is a folder: give the path of a CSV or XLSX file</source>
        <translation>La liste de sites %s est un dossier : indiquez le chemin d'un fichier CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="60"/>
        <source>Layer &apos;%s&apos; (%s) mixes %s: give one kind of geometry per layer (%s), for example by saving each kind as its own layer and running once for each</source>
        <translation>La couche « %s » (%s) mélange %s : fournissez un seul type de géométrie par couche (%s), par exemple en enregistrant chaque type dans sa propre couche et en lançant un traitement pour chacune</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="61"/>
        <source>Layer &apos;%s&apos; (%s) holds %ss: %s must be %s. Choose a layer of %s</source>
        <translation>La couche « %s » (%s) contient des entités de type %s : %s attend le type %s. Choisissez une couche de type %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="75"/>
        <source>The class table needs at least two code=name pairs (the no-hazard class first), such as 0=none,1=low,2=high; got %s</source>
        <translation>La table des classes doit avoir au moins deux paires code=nom (la classe sans aléa en premier), par exemple 0=none,1=low,2=high ; valeur reçue : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="76"/>
        <source>Hazard raster values are &apos;classified&apos; but CLASS_TABLE is empty: give code=name pairs in increasing severity, the no-hazard class first, such as 0=none,1=low,2=medium,3=high</source>
        <translation>Les valeurs du raster d'aléa sont « classifiées » mais CLASS_TABLE est vide : indiquez des paires code=nom par sévérité croissante, la classe sans aléa en premier, par exemple 0=none,1=low,2=medium,3=high</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="77"/>
        <source>Class table entry &apos;%s&apos; is not code=name. Write the table as code=name pairs in increasing severity, the no-hazard class first, such as 0=none,1=low,2=medium,3=high</source>
        <translation>L'entrée « %s » de la table des classes n'est pas de la forme code=nom. Écrivez la table sous forme de paires code=nom par sévérité croissante, la classe sans aléa en premier, par exemple 0=none,1=low,2=medium,3=high</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="78"/>
        <source>Class table entry &apos;%s&apos;: the code &apos;%s&apos; is not a number. Codes are the raster&apos;s cell values, such as 0=none,1=low,2=medium,3=high</source>
        <translation>Entrée « %s » de la table des classes : le code « %s » n'est pas un nombre. Les codes sont les valeurs des cellules du raster, par exemple 0=none,1=low,2=medium,3=high</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="79"/>
        <source>Class table: the code %s appears twice; give each raster value once</source>
        <translation>Table des classes : le code %s apparaît deux fois ; indiquez chaque valeur du raster une seule fois</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="80"/>
        <source>Class table entry &apos;%s&apos; has no class name after &apos;=&apos;: write code=name, such as 1=low</source>
        <translation>L'entrée « %s » de la table des classes n'a pas de nom de classe après « = » : écrivez code=nom, par exemple 1=low</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="81"/>
        <source>The class table needs at least two classes (the no-hazard class first), such as 0=none,1=low,2=high</source>
        <translation>La table des classes doit avoir au moins deux classes (la classe sans aléa en premier), par exemple 0=none,1=low,2=high</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="92"/>
        <source>Raster &apos;%s&apos; cannot be read (%s). Give a raster file GDAL can open, such as a GeoTIFF.</source>
        <translation>Le raster « %s » ne peut pas être lu (%s). Fournissez un fichier raster que GDAL peut ouvrir, par exemple un GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="93"/>
        <source>Raster &apos;%s&apos; has %s band(s): band %s does not exist. Set BAND between 1 and %s.</source>
        <translation>Le raster « %s » a %s bande(s) : la bande %s n'existe pas. Donnez à BAND une valeur comprise entre 1 et %s.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="94"/>
        <source>Raster &apos;%s&apos; has no georeferencing (no geotransform: its cells are not placed on the ground). Georeference it (Raster &gt; Georeferencer, or gdalwarp for a raster with ground control points) and run again.</source>
        <translation>Le raster « %s » n'a pas de géoréférencement (pas de géotransformation : ses cellules ne sont pas placées sur le terrain). Géoréférencez-le (Raster &gt; Géoréférenceur, ou gdalwarp pour un raster avec des points de contrôle) et relancez.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="95"/>
        <source>Raster &apos;%s&apos; has no coordinate reference system, so it cannot be placed under the sites. Assign its CRS (Raster &gt; Projections &gt; Assign Projection, or the layer&apos;s Properties &gt; Source) and run again.</source>
        <translation>Le raster « %s » n'a pas de système de coordonnées de référence : il ne peut donc pas être placé sous les sites. Définissez son SCR (Raster &gt; Projections &gt; Assigner une projection, ou Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="100"/>
        <source>SCENARIO_NAMES has %s name(s) but there are %s scenario(s) (%s): give one name per hazard raster then per flood extent layer, separated by commas, or leave it empty to use the layer names</source>
        <translation>SCENARIO_NAMES contient %s nom(s) mais il y a %s scénario(s) (%s) : indiquez un nom par raster d'aléa puis par couche d'emprise d'inondation, séparés par des virgules, ou laissez ce paramètre vide pour utiliser les noms des couches</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="101"/>
        <source>SCENARIO_NAMES gives &apos;%s&apos; and &apos;%s&apos;, which name the same fields (*_%s): give each scenario its own name, such as Q10,Q50,Q100</source>
        <translation>SCENARIO_NAMES donne « %s » et « %s », qui nomment les mêmes champs (*_%s) : donnez à chaque scénario son propre nom, par exemple Q10,Q50,Q100</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="102"/>
        <source>Sites are points: give a Site radius (SITE_RADIUS, metres) or a POPULATION_FIELD so each site is assessed as a circle of population x %s m2</source>
        <translation>Les sites sont des points : indiquez un rayon de site (SITE_RADIUS, en mètres) ou un POPULATION_FIELD afin que chaque site soit évalué comme un cercle de population x %s m²</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="103"/>
        <source>Site radius %s m is not a positive distance: give the radius in metres of the circle assessed around each point site, or 0 to size it from the population</source>
        <translation>Le rayon de site de %s m n'est pas une distance positive : indiquez en mètres le rayon du cercle évalué autour de chaque site ponctuel, ou 0 pour le calculer d'après la population</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="104"/>
        <source>A community of %d plot(s) of %.1f m is %.1f m long, more than the firebreak spacing of %g m: give smaller plots (PLOT_WIDTH / PLOT_DEPTH)</source>
        <translation>Une communauté de %d parcelle(s) de %.1f m mesure %.1f m de long, plus que l'espacement des coupe-feu de %g m : choisissez des parcelles plus petites (PLOT_WIDTH / PLOT_DEPTH)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="105"/>
        <source>Plots of %.1f x %.1f m are too large: a community of %d plots does not fit within the firebreak spacing of %g m. Give smaller PLOT_WIDTH / PLOT_DEPTH.</source>
        <translation>Les parcelles de %.1f x %.1f m sont trop grandes : une communauté de %d parcelles ne tient pas dans l'espacement des coupe-feu de %g m. Réduisez PLOT_WIDTH / PLOT_DEPTH.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="106"/>
        <source>Site %s has an empty or degenerate boundary (no area): fix its geometry</source>
        <translation>Le site %s a une limite vide ou dégénérée (sans surface) : corrigez sa géométrie</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="107"/>
        <source>SETBACK must be 0 or more metres, got %g</source>
        <translation>SETBACK doit être de 0 mètre ou plus ; valeur reçue : %g</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="108"/>
        <source>%s raster &apos;%s&apos; has %d band(s): band %d does not exist</source>
        <translation>Le raster %s « %s » a %d bande(s) : la bande %d n'existe pas</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="109"/>
        <source>%s raster &apos;%s&apos; has %s cells under site %s, more than the %s one plan reads (about 1 GB of working arrays): resample it to coarser cells (Raster &gt; Projections &gt; Warp, e.g. 2 m or more) or clip it to the site, then run again</source>
        <translation>Le raster %s « %s » a %s cellules sous le site %s, plus que les %s qu'un plan peut lire (environ 1 Go de tableaux de travail) : rééchantillonnez-le en cellules plus grandes (Raster &gt; Projections &gt; Projection (warp), par exemple 2 m ou plus) ou découpez-le sur l'emprise du site, puis relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="110"/>
        <source>%s raster &apos;%s&apos; does not overlap the site: check that it covers the site and that its CRS is right</source>
        <translation>Le raster %s « %s » ne recouvre pas le site : vérifiez qu'il couvre le site et que son SCR est correct</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="111"/>
        <source>%s raster &apos;%s&apos; cannot be read (%s): give a raster file GDAL can open, such as a GeoTIFF</source>
        <translation>Le raster %s « %s » ne peut pas être lu (%s) : fournissez un fichier raster que GDAL peut ouvrir, par exemple un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="112"/>
        <source>%s raster &apos;%s&apos; has no coordinate reference system, so it cannot be placed under the site. Assign its CRS (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Le raster %s « %s » n'a pas de système de coordonnées de référence : il ne peut donc pas être placé sous le site. Définissez son SCR (Raster &gt; Projections &gt; Assigner une projection) et relancez.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="113"/>
        <source>Site %s covers %s km2, more than the %s km2 one plan takes on (%s): check that its boundary is right (units, a stray vertex) or split it into sites, then run again</source>
        <translation>Le site %s couvre %s km², plus que les %s km² qu'un plan peut traiter (%s) : vérifiez que sa limite est correcte (unités, sommet égaré) ou divisez-le en plusieurs sites, puis relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="114"/>
        <source>Site %s: a population of %s is more than the %s people one site takes (%s): check the POPULATION value or the population field, then run again</source>
        <translation>Site %s : une population de %s dépasse les %s personnes qu'un site peut accueillir (%s) : vérifiez la valeur de POPULATION ou le champ de population, puis relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="115"/>
        <source>%s: the id %s is given to %d sites (%d id(s) repeated in all): every output row carries the site id, so each site needs its own. Give the sites unique ids or choose another field, then run again</source>
        <translation>%s : l'identifiant %s est attribué à %d sites (%d identifiant(s) répété(s) au total) : chaque ligne de sortie porte l'identifiant du site, chaque site doit donc avoir le sien. Donnez aux sites des identifiants uniques ou choisissez un autre champ, puis relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="116"/>
        <source>Sites %s and %s overlap on %s m2 (%s %% of the smaller one; %d overlapping pair(s) in all): the same land cannot be planned twice. Correct the boundaries so the sites do not overlap, or merge the two into one site feature with their combined population, then run again</source>
        <translation>Les sites %s et %s se chevauchent sur %s m² (%s %% du plus petit ; %d paire(s) qui se chevauchent au total) : le même terrain ne peut pas être planifié deux fois. Corrigez les limites pour que les sites ne se chevauchent plus, ou fusionnez les deux en une seule entité de site avec leur population cumulée, puis relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="119"/>
        <source>%s must be a number of 0 or more, got %r</source>
        <translation>%s doit être un nombre supérieur ou égal à 0 ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="120"/>
        <source>Figure &apos;%s&apos; of profile %s must be 1 or more</source>
        <translation>La valeur de référence « %s » du profil %s doit être de 1 ou plus</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="121"/>
        <source>%s of %g m is too small: a shelter of %.1f m2 (%g m2 per person x %g people) with %g m to the plot edges needs plots of at least %.1f m</source>
        <translation>%s de %g m est trop petit : un abri de %.1f m² (%g m² par personne x %g personnes) avec %g m jusqu'aux bords de la parcelle demande des parcelles d'au moins %.1f m</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="122"/>
        <source>Site %s has no buildable land left after the setback, exclusions, flood-prone and steep land: check those inputs (a smaller SETBACK, a higher WET_THRESHOLD or MAX_SLOPE_PCT) or the site boundary</source>
        <translation>Le site %s n'a plus de terrain constructible une fois retirés la marge de recul, les exclusions, les terrains inondables et les pentes fortes : vérifiez ces entrées (SETBACK plus petit, WET_THRESHOLD ou MAX_SLOPE_PCT plus élevé) ou la limite du site</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="123"/>
        <source>No site has buildable land: check the setback, exclusions, hazard and DEM inputs</source>
        <translation>Aucun site n'a de terrain constructible : vérifiez la marge de recul, les exclusions, le raster d'aléa et le MNT</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="124"/>
        <source>Site %s: its plan would test %s plot cells of %.1f x %.1f m across its extent of %.1f x %.1f km, more than the %s one plan takes on (the work grows with them): check that its parts are not far apart (a stray polygon) and that the plots are not far smaller than the standard&apos;s (PLOT_WIDTH / PLOT_DEPTH), or split the site, then run again</source>
        <translation>Site %s : son plan testerait %s cellules de parcelle de %.1f x %.1f m sur son étendue de %.1f x %.1f km, plus que les %s qu'un plan peut traiter (le travail croît avec leur nombre) : vérifiez que ses parties ne sont pas très éloignées les unes des autres (un polygone égaré) et que les parcelles ne sont pas bien plus petites que celles de la norme (PLOT_WIDTH / PLOT_DEPTH), ou divisez le site, puis relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="126"/>
        <source>Some locations cannot be placed on Earth in %s (extent %s): check the layers&apos; coordinates and CRS</source>
        <translation>Certaines positions ne peuvent pas être placées sur la Terre dans %s (étendue %s) : vérifiez les coordonnées et le SCR des couches</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="127"/>
        <source>The shelter layer has no features with a location: nothing to assess</source>
        <translation>La couche des abris n'a aucune entité localisée : rien à évaluer</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="128"/>
        <source>Household %s has no usable coordinates: check its geometry and the layer&apos;s CRS</source>
        <translation>Le ménage %s n'a pas de coordonnées utilisables : vérifiez sa géométrie et le SCR de la couche</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="129"/>
        <source>Latrine cubicle counts must be whole numbers of 0 or more, found %s: fix the cubicles</source>
        <translation>Les nombres de cabines de latrine doivent être des nombres entiers supérieurs ou égaux à 0 ; valeur trouvée : %s. Corrigez le champ des cabines</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="131"/>
        <source>Every household needs a population of 0 or more: household %s has %s</source>
        <translation>Chaque ménage doit avoir une population de 0 ou plus : le ménage %s a %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="132"/>
        <source>Household %s has a population of %s, more than %s people in one shelter or plot: fix the population field</source>
        <translation>Le ménage %s a une population de %s, plus de %s personnes dans un seul abri ou une seule parcelle : corrigez le champ de population</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="133"/>
        <source>The households hold %s people in all, more than %s: fix the population field</source>
        <translation>Les ménages comptent %s personnes au total, plus de %s : corrigez le champ de population</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="82"/>
        <source>Flood extent raster &apos;%s&apos;: its file name matches no raster product scheme of %s (%s). Choose the product (EXTENT_PRODUCT)</source>
        <translation>Raster d'emprise d'inondation « %s » : son nom de fichier ne correspond à aucun schéma de produit raster de %s (%s). Choisissez le produit (EXTENT_PRODUCT)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="83"/>
        <source>Mask &apos;%s&apos; is not on the grid of flood extent &apos;%s&apos; (CRS %s, cells %s x %s; the mask: %s, %s x %s). GFM layers of one scene share a grid: give the mask of the same tile, or warp the mask onto the flood extent (gdalwarp -te -tr -tap with the flood extent&apos;s bounds and cell size)</source>
        <translation>Le masque « %s » n'est pas sur la grille de l'emprise d'inondation « %s » (SCR %s, cellules %s x %s ; le masque : %s, %s x %s). Les couches GFM d'une même scène partagent une grille : fournissez le masque de la même tuile, ou reprojetez le masque sur l'emprise d'inondation (gdalwarp -te -tr -tap avec l'étendue et la taille de cellule de l'emprise d'inondation)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="84"/>
        <source>Product schemes file %s holds no scheme</source>
        <translation>Le fichier de schémas de produits %s ne contient aucun schéma</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="85"/>
        <source>Flood extent &apos;%s&apos; has no field &apos;%s&apos;, which the %s scheme reads (%s). Its fields are: %s. Choose the product the layer comes from (EXTENT_PRODUCT), or &apos;plain polygons&apos; to count every polygon as wet</source>
        <translation>L'emprise d'inondation « %s » n'a pas de champ « %s », que lit le schéma %s (%s). Ses champs sont : %s. Choisissez le produit dont provient la couche (EXTENT_PRODUCT), ou « Polygones simples » pour compter chaque polygone comme inondé</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="86"/>
        <source>Product scheme &apos;%s&apos; is not a %s scheme of %s: choose one of %s</source>
        <translation>Le schéma de produit « %s » n'est pas un schéma %s de %s : choisissez l'un de %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="87"/>
        <source>Product scheme &apos;%s&apos; of %s: each value needs a value, a state (one of %s) and its source; got %s</source>
        <translation>Schéma de produit « %s » de %s : chaque valeur doit avoir une valeur, un état (l'un de %s) et sa source ; reçu : %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="88"/>
        <source>Product schemes file %s cannot be read (%s): give a JSON file shaped like resources/standards/flood_products.json</source>
        <translation>Le fichier de schémas de produits %s ne peut pas être lu (%s) : fournissez un fichier JSON structuré comme resources/standards/flood_products.json</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="89"/>
        <source>Product scheme &apos;%s&apos; of %s needs a kind (&apos;vector&apos; or &apos;raster&apos;) and a source</source>
        <translation>Le schéma de produit « %s » de %s doit avoir un type (« vector » ou « raster ») et une source</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="90"/>
        <source>Vector product scheme &apos;%s&apos; of %s names no class field (&apos;field&apos;)</source>
        <translation>Le schéma de produit vecteur « %s » de %s n'indique aucun champ de classe (« field »)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="91"/>
        <source>Raster product scheme &apos;%s&apos; of %s has no &apos;flood&apos; layer</source>
        <translation>Le schéma de produit raster « %s » de %s n'a pas de couche « flood »</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="96"/>
        <source>Mosaic &apos;%s&apos; (VRT) names tile &apos;%s&apos;, which does not exist: copy the missing tile beside the others, or rebuild the mosaic from the tiles you have (gdalbuildvrt mosaic.vrt *.tif) and run again.</source>
        <translation>La mosaïque « %s » (VRT) cite la tuile « %s », qui n'existe pas : copiez la tuile manquante à côté des autres, ou reconstruisez la mosaïque à partir des tuiles dont vous disposez (gdalbuildvrt mosaic.vrt *.tif) et relancez.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="98"/>
        <source>Mosaic &apos;%s&apos; (VRT): tile &apos;%s&apos; is in %s, the mosaic in %s; a VRT places tiles by their coordinates without reprojecting them. Warp the tile to %s (gdalwarp -t_srs) or build one mosaic per CRS.</source>
        <translation>Mosaïque « %s » (VRT) : la tuile « %s » est en %s, la mosaïque en %s ; un VRT place les tuiles selon leurs coordonnées sans les reprojeter. Reprojetez la tuile en %s (gdalwarp -t_srs) ou construisez une mosaïque par SCR.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="97"/>
        <source>Mosaic &apos;%s&apos; (VRT): tile &apos;%s&apos; cannot be read (%s). Download it again and run again.</source>
        <translation>Mosaïque « %s » (VRT) : la tuile « %s » ne peut pas être lue (%s). Téléchargez-la de nouveau et relancez.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="130"/>
        <source>Hazard raster &apos;%s&apos; (scenario %s) does not cover the site: none of its %s shelters and facilities lies on a known cell (outside the raster or nodata). Give a hazard raster that covers the site, or check its CRS (%s)</source>
        <translation>Le raster d'aléa « %s » (scénario %s) ne couvre pas le site : aucun de ses %s abris et infrastructures ne se trouve sur une cellule connue (hors du raster ou sans données). Fournissez un raster d'aléa qui couvre le site, ou vérifiez son SCR (%s)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="62"/>
        <source>HAND class file %s: give at least two classes, the first (no hazard) with max_hand_m null, then decreasing max_hand_m in metres (15, 5)</source>
        <translation>Fichier de classes HAND %s : donnez au moins deux classes, la première (sans aléa) avec max_hand_m null, puis des max_hand_m décroissants en mètres (15, 5)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="63"/>
        <source>HAND class file %s does not exist: give a copy of resources/standards/hand_classes.json</source>
        <translation>Le fichier de classes HAND %s n'existe pas : donnez une copie de resources/standards/hand_classes.json</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="64"/>
        <source>HAND class file %s is not valid JSON (%s): fix it or start again from resources/standards/hand_classes.json</source>
        <translation>Le fichier de classes HAND %s n'est pas un JSON valide (%s) : corrigez-le ou repartez de resources/standards/hand_classes.json</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="65"/>
        <source>HAND class file %s lacks %s or holds a value of the wrong kind: compare it with resources/standards/hand_classes.json</source>
        <translation>Le fichier de classes HAND %s ne contient pas %s ou contient une valeur du mauvais type : comparez-le à resources/standards/hand_classes.json</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="66"/>
        <source>DEM &apos;%s&apos; holds no data (every cell is nodata in band %s): give the DEM of the area, or check its nodata value</source>
        <translation>Le MNT « %s » ne contient aucune donnée (toutes les cellules sont nodata dans la bande %s) : donnez le MNT de la zone, ou vérifiez sa valeur nodata</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="67"/>
        <source>DEM &apos;%s&apos; is flat (every cell at %s m): water has no way to run, so there are no drainage lines nor heights above them. Give a DEM with relief (SRTM, Copernicus GLO-30)</source>
        <translation>Le MNT « %s » est plat (toutes les cellules à %s m) : l'eau ne peut pas s'écouler, il n'y a donc ni lignes de drainage ni hauteurs au-dessus d'elles. Donnez un MNT avec du relief (SRTM, Copernicus GLO-30)</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="74"/>
        <source>No drainage line formed on DEM &apos;%s&apos; with this drainage area: lower the drainage area</source>
        <translation>Aucune ligne de drainage ne s'est formée sur le MNT « %s » avec cette surface drainée : diminuez la surface drainée</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="68"/>
        <source>DEM &apos;%s&apos; holds %s values: convert it to 32-bit floats (Raster &gt; Conversion &gt; Translate) and run again</source>
        <translation>Le MNT « %s » contient des valeurs %s : convertissez-le en flottants 32 bits (Raster &gt; Conversion &gt; Convertir) et relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="69"/>
        <source>DEM &apos;%s&apos; covers %s km2 of data, less than the drainage area of %s km2 at which a channel starts: no drainage line can form. Lower the drainage area (for example to %s km2) or give a larger DEM</source>
        <translation>Le MNT « %s » couvre %s km² de données, moins que la surface drainée de %s km² à partir de laquelle un chenal commence : aucune ligne de drainage ne peut se former. Diminuez la surface drainée (par exemple à %s km²) ou donnez un MNT plus grand</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="70"/>
        <source>DEM &apos;%s&apos; has %s band(s): there is no band %s. Choose a band from 1 to %s</source>
        <translation>Le MNT « %s » a %s bande(s) : il n'y a pas de bande %s. Choisissez une bande de 1 à %s</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="71"/>
        <source>DEM &apos;%s&apos; has no coordinate reference system: assign it (Raster &gt; Projections &gt; Assign Projection, for SRTM or Copernicus DEM EPSG:4326) and run again</source>
        <translation>Le MNT « %s » n'a pas de système de coordonnées de référence : attribuez-le (Raster &gt; Projections &gt; Définir la projection, pour les MNT SRTM ou Copernicus EPSG:4326) et relancez</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="72"/>
        <source>DEM &apos;%s&apos; is %s x %s cells: too small for drainage lines (at least %s x %s cells). Give a DEM covering the valley and its slopes</source>
        <translation>Le MNT « %s » fait %s x %s cellules : trop petit pour des lignes de drainage (au moins %s x %s cellules). Donnez un MNT couvrant la vallée et ses versants</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="73"/>
        <source>The flow directions are %s x %s cells but DEM &apos;%s&apos; is %s x %s: run again without changing the processing region or cell size</source>
        <translation>Les directions d'écoulement font %s x %s cellules mais le MNT « %s » fait %s x %s : relancez sans modifier la région de traitement ni la taille de cellule</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="125"/>
        <source>The site layer &apos;%s&apos; (SITE) lacks the column(s) %s that %s writes on its site output: run Flood exposure on your sites and give its &apos;Site exposure&apos; output (OUTPUT_SITES) here.</source>
        <translation>La couche de sites « %s » (SITE) n'a pas la ou les colonnes %s que %s écrit dans sa sortie des sites : lancez Exposition aux inondations sur vos sites et donnez ici sa sortie « Exposition des sites » (OUTPUT_SITES).</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="22"/>
        <source>Standards profile %s: &apos;zoning&apos; must be an object of rules like &apos;figures&apos;</source>
        <translation>Profil de normes %s : « zoning » doit être un objet de règles comme « figures »</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="117"/>
        <source>ALTERNATIVES must be a whole number from 1 to %d (variants planned per site), got %r</source>
        <translation>ALTERNATIVES doit être un nombre entier de 1 à %d (variantes établies par site) ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="118"/>
        <source>TAPS_PER_TAPSTAND must be a whole number of 1 or more, got %r</source>
        <translation>TAPS_PER_TAPSTAND doit être un nombre entier de 1 ou plus ; valeur reçue : %r</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="99"/>
        <source>Raster &apos;%s&apos;: PROJ does not know the coordinate reference system %r (%s). Give its EPSG code, such as EPSG:32630, and run again.</source>
        <translation>Raster « %s » : PROJ ne connaît pas le système de coordonnées de référence %r (%s). Donnez son code EPSG, par exemple EPSG:32630, et relancez.</translation>
    </message>
    <message>
        <location filename="../../build/core_messages.py" line="17"/>
        <source>Raster &apos;%s&apos; stores its cells scaled (real value = cell x %s + %s), which Mali Sites does not read: its depths or heights would come out wrong. Write the real values to a new file (Raster &gt; Conversion &gt; Translate with the options -unscale -ot Float32, or gdal_translate -unscale -ot Float32 in.tif out.tif) and give that file.</source>
        <translation>Le raster « %s » stocke ses cellules mises à l'échelle (valeur réelle = cellule x %s + %s), ce que Mali Sites ne lit pas : ses profondeurs ou ses altitudes seraient fausses. Écrivez les valeurs réelles dans un nouveau fichier (Raster &gt; Conversion &gt; Convertir avec les options -unscale -ot Float32, ou gdal_translate -unscale -ot Float32 entree.tif sortie.tif) et donnez ce fichier.</translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="80"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="81"/>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="80"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="85"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="85"/>
        <source>households</source>
        <translation>ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="85"/>
        <source>m2/person</source>
        <translation>m²/personne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="86"/>
        <source>L/person/day</source>
        <translation>L/personne/jour</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="86"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="86"/>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="87"/>
        <source>blocks</source>
        <translation>blocs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="87"/>
        <source>communities</source>
        <translation>communautés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/report.py" line="88"/>
        <source>female toilets per male toilet</source>
        <translation>cabines femmes par cabine hommes</translation>
    </message>
</context>
<context>
    <name>LayoutCheckText</name>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="277"/>
        <source>Usable area per person (m2)</source>
        <translation>Surface utile par personne (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="278"/>
        <source>Covered area per person (m2)</source>
        <translation>Surface couverte par personne (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="279"/>
        <source>Space between shelters (m)</source>
        <translation>Espace entre les abris (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="280"/>
        <source>Firebreak width (m)</source>
        <translation>Largeur des coupe-feu (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="281"/>
        <source>Longest built-up stretch between firebreaks (m)</source>
        <translation>Plus longue étendue bâtie entre coupe-feu (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="282"/>
        <source>Space between communities (m)</source>
        <translation>Espace entre les communautés (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="283"/>
        <source>Space between blocks (m)</source>
        <translation>Espace entre les blocs (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="284"/>
        <source>Farthest household from its water point (m)</source>
        <translation>Ménage le plus loin de son point d'eau (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="285"/>
        <source>Most people at one tap</source>
        <translation>Le plus de personnes à un robinet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="286"/>
        <source>Farthest household from its latrine (m)</source>
        <translation>Ménage le plus loin de sa latrine (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="287"/>
        <source>People per toilet</source>
        <translation>Personnes par cabine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="288"/>
        <source>People per toilet (emergency)</source>
        <translation>Personnes par cabine (urgence)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="289"/>
        <source>People per toilet (medium term)</source>
        <translation>Personnes par cabine (moyen terme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="290"/>
        <source>Nearest latrine to a water point (m)</source>
        <translation>Latrine la plus proche d'un point d'eau (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="291"/>
        <source>Female toilets per male toilet</source>
        <translation>Cabines femmes par cabine hommes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="292"/>
        <source>People per health post</source>
        <translation>Personnes par poste de santé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="293"/>
        <source>People per school</source>
        <translation>Personnes par école</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="294"/>
        <source>People per distribution point</source>
        <translation>Personnes par point de distribution</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="295"/>
        <source>People per market</source>
        <translation>Personnes par marché</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="296"/>
        <source>Steepest slope under a plot (%)</source>
        <translation>Plus forte pente sous une parcelle (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="297"/>
        <source>Farthest household from an entrance, along the paths (m)</source>
        <translation>Ménage le plus éloigné d'une entrée, le long des allées (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="298"/>
        <source>Farthest household from a water point, along the paths (m)</source>
        <translation>Ménage le plus éloigné d'un point d'eau, le long des allées (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="299"/>
        <source>Farthest household from a latrine, along the paths (m)</source>
        <translation>Ménage le plus éloigné d'une latrine, le long des allées (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="300"/>
        <source>Nearest plot to flood-prone land (m)</source>
        <translation>Parcelle la plus proche d'une zone inondable (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="301"/>
        <source>Nearest latrine to flood-prone land (m)</source>
        <translation>Latrine la plus proche d'une zone inondable (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="302"/>
        <source>Farthest distribution point from an entrance (m)</source>
        <translation>Point de distribution le plus éloigné d'une entrée (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="303"/>
        <source>Farthest market from an entrance (m)</source>
        <translation>Marché le plus éloigné d'une entrée (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="304"/>
        <source>Farthest reception area from an entrance (m)</source>
        <translation>Aire d'accueil la plus éloignée d'une entrée (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="305"/>
        <source>Farthest distribution point, market or reception from the primary road (m)</source>
        <translation>Point de distribution, marché ou aire d'accueil le plus éloigné de la route principale (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="307"/>
        <source>Farthest health post from a primary or secondary road (m)</source>
        <translation>Poste de santé le plus éloigné d'une route principale ou secondaire (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="309"/>
        <source>Nearest health post to flood-prone land (m)</source>
        <translation>Poste de santé le plus proche d'une zone inondable (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="310"/>
        <source>Nearest school or child-friendly space to a distribution point, market or reception (m)</source>
        <translation>École ou espace ami des enfants le plus proche d'un point de distribution, d'un marché ou d'une aire d'accueil (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="312"/>
        <source>Nearest school or child-friendly space to the primary road (m)</source>
        <translation>École ou espace ami des enfants le plus proche de la route principale (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="314"/>
        <source>Farthest women&apos;s safe space from a health post, school or distribution point (m)</source>
        <translation>Espace sûr pour les femmes le plus éloigné d'un poste de santé, d'une école ou d'un point de distribution (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="316"/>
        <source>Most people per bathing cubicle</source>
        <translation>Le plus de personnes par cabine de douche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="317"/>
        <source>Most people per laundry slab</source>
        <translation>Le plus de personnes par aire de lessive</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="318"/>
        <source>Most people per refuse bin</source>
        <translation>Le plus de personnes par poubelle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="319"/>
        <source>People per child-friendly space</source>
        <translation>Personnes par espace ami des enfants</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="320"/>
        <source>People per women&apos;s safe space</source>
        <translation>Personnes par espace sûr pour les femmes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="321"/>
        <source>Most girls per school toilet</source>
        <translation>Le plus de filles par cabine des toilettes scolaires</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="322"/>
        <source>Most boys per school toilet</source>
        <translation>Le plus de garçons par cabine des toilettes scolaires</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="323"/>
        <source>Most outpatients a day per health post toilet</source>
        <translation>Le plus de patients externes par jour par cabine de poste de santé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="324"/>
        <source>Most market stalls per toilet</source>
        <translation>Le plus d'étals de marché par cabine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="325"/>
        <source>Most arrivals a day per reception toilet</source>
        <translation>Le plus d'arrivées par jour par cabine de l'aire d'accueil</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="326"/>
        <source>Extension reserve (% of the plots)</source>
        <translation>Réserve d'extension (% des parcelles)</translation>
    </message>
</context>
<context>
    <name>LayoutNotes</name>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="230"/>
        <source>Site {0} is too small for {1} people: the plan holds {2} to standard; {3} people could not be placed and need another site</source>
        <translation>Le site {0} est trop petit pour {1} personnes : le plan en accueille {2} selon la norme ; {3} personnes n'ont pas pu être installées et ont besoin d'un autre site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="232"/>
        <source>Site {0}: {1} plot(s) could not be given a water point within the standard distance and capacity</source>
        <translation>Site {0} : {1} parcelle(s) sans point d'eau possible dans la distance et la capacité de la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="237"/>
        <source>Site {0}: no whole plot fits on its {1} m2 of buildable land</source>
        <translation>Site {0} : aucune parcelle entière ne tient sur ses {1} m² de terrain constructible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="238"/>
        <source>HAZARD raster &apos;{0}&apos;: {1} % of the site&apos;s cells have no data; they are treated as dry</source>
        <translation>Raster HAZARD « {0} » : {1} % des cellules du site sont sans données ; elles sont considérées comme sèches</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="240"/>
        <source>HAZARD raster &apos;{0}&apos; covers only {1} % of the site; the rest is treated as dry</source>
        <translation>Le raster HAZARD « {0} » ne couvre que {1} % du site ; le reste est considéré comme sec</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="242"/>
        <source>DEM raster &apos;{0}&apos;: {1} % of the site&apos;s cells have no data; they are treated as flat enough</source>
        <translation>Raster DEM « {0} » : {1} % des cellules du site sont sans données ; elles sont considérées comme assez planes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="244"/>
        <source>DEM raster &apos;{0}&apos; covers only {1} % of the site; the rest is treated as flat enough</source>
        <translation>Le raster DEM « {0} » ne couvre que {1} % du site ; le reste est considéré comme assez plan</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="246"/>
        <source>Site {0}: a part of the land cut off from the other entrances fronts the public road; it gets an entrance of its own ({1})</source>
        <translation>Site {0} : une partie du terrain coupée des autres entrées donne sur la voie publique ; elle reçoit sa propre entrée ({1})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="251"/>
        <source>Site {0}: a part of the land cut off by a stream or exclusion is joined to the rest by a crossing (culvert, ford or bridge) {1} m long on the primary road</source>
        <translation>Site {0} : une partie du terrain coupée par un cours d'eau ou une exclusion est reliée au reste par un franchissement (buse, gué ou pont) de {1} m de long sur la route principale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="254"/>
        <source>Site {0}: the buildable land falls {1} % on average toward azimuth {2} degrees, at least the ideal minimum slope of {3} %; the plot rows and roads follow the contours, across the fall</source>
        <translation>Site {0} : le terrain constructible descend en moyenne de {1} % vers l'azimut {2} degrés, au moins la pente minimale idéale de {3} % ; les rangées de parcelles et les routes suivent les courbes de niveau, en travers de la pente</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="257"/>
        <source>Site {0}: the buildable land falls {1} % on average, less than the ideal minimum slope of {2} %; the plot rows follow the site&apos;s long side</source>
        <translation>Site {0} : le terrain constructible descend en moyenne de {1} %, moins que la pente minimale idéale de {2} % ; les rangées de parcelles suivent le grand côté du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="259"/>
        <source>Site {0}: no drains are planned without a DEM: give an elevation model (DEM) to lay out drains along the roads and their outfalls</source>
        <translation>Site {0} : aucun fossé de drainage n'est prévu sans MNT : donnez un modèle numérique de terrain (MNT) pour tracer les fossés le long des routes et leurs exutoires</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="261"/>
        <source>Site {0}: {1} drain(s) cannot reach a low point of the boundary without water climbing (a hollow or level land): they need a soakaway, regrading or a culvert out of the site</source>
        <translation>Site {0} : {1} fossé(s) ne peuvent atteindre un point bas de la limite sans que l'eau remonte (un creux ou un terrain plat) : il leur faut un puits perdu, un reprofilage du terrain ou une buse vers l'extérieur du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="264"/>
        <source>Site {0}: {1} road stretch(es) have no DEM data at an end and get no drain: give a DEM that covers the whole site</source>
        <translation>Site {0} : {1} tronçon(s) de route sans données MNT à une extrémité ne reçoivent aucun fossé : donnez un MNT qui couvre tout le site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="234"/>
        <source>Site {0}: {1} tapstand(s) have more taps than the {2} per stand asked, to keep to the people per tap: no plot they serve is far enough from every latrine block for another stand ({3} taps)</source>
        <translation>Site {0} : {1} borne(s)-fontaine(s) ont plus de robinets que les {2} par borne demandés, pour respecter le nombre de personnes par robinet : aucune parcelle qu'elles desservent n'est assez loin de tous les blocs de latrines pour une autre borne-fontaine ({3} robinets)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="248"/>
        <source>Site {0}: households were more than {2} m from every entrance on the side facing the public road; an entrance on another side ({1}) brings them nearer: give it an access track</source>
        <translation>Site {0} : des ménages étaient à plus de {2} m de toutes les entrées du côté de la voie publique ; une entrée sur un autre côté ({1}) les rapproche : prévoyez-lui une piste d'accès</translation>
    </message>
</context>
<context>
    <name>LayoutReport</name>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="19"/>
        <source>Site layout plan</source>
        <translation>Plan d'aménagement du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="20"/>
        <source>Standard: {0} ({1}).</source>
        <translation>Norme : {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="24"/>
        <source>All sites</source>
        <translation>Ensemble des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="48"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Capacity to standard (people)</source>
        <translation>Capacité selon la norme (personnes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Population to place</source>
        <translation>Population à installer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>People planned</source>
        <translation>Personnes installées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>People not placed</source>
        <translation>Personnes non installées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Usable (buildable) area (m2)</source>
        <translation>Surface utile (constructible) (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Usable area per person planned (m2)</source>
        <translation>Surface utile par personne installée (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="34"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="35"/>
        <source>Buildable land is the site minus the setback ring, the exclusions, the cells of the hazard raster deeper than the wet threshold and the cells of the DEM steeper than the maximum slope. Plots are laid on a grid that follows the site&apos;s long side (or the orientation given); every plot fronts a path or a lane. Distances are straight lines between plot centres and facilities, measured in {0}. Each household uses its nearest facility, as the WASH coverage audit counts it: water points are spread so that none serves more than its ratio, latrine blocks are sized to the households nearest them (cubicles at the phase&apos;s ratio, female and male at the standard&apos;s ratio), and no latrine stands nearer a water point than the standard allows.</source>
        <translation>Le terrain constructible est le site moins la marge de recul le long de la limite, les exclusions, les cellules du raster d'aléa plus profondes que le seuil d'inondation et les cellules du MNT plus pentues que la pente maximale. Les parcelles suivent une grille orientée selon le grand côté du site (ou l'orientation donnée) ; chaque parcelle donne sur une allée ou une ruelle. Les distances sont en ligne droite entre les centres des parcelles et les équipements, mesurées en {0}. Chaque ménage utilise l'équipement le plus proche, comme le compte l'audit de couverture EHA : les points d'eau sont répartis pour qu'aucun ne serve plus que son ratio, les blocs de latrines sont dimensionnés pour les ménages les plus proches (cabines au ratio de la phase, femmes et hommes au ratio de la norme), et aucune latrine n'est plus près d'un point d'eau que la norme ne le permet.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="49"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Site area (m2)</source>
        <translation>Superficie du site (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Capacity (households)</source>
        <translation>Capacité (ménages)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>none given: plan for the capacity</source>
        <translation>non donnée : plan pour la capacité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Households planned (plots)</source>
        <translation>Ménages installés (parcelles)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Plot size (m)</source>
        <translation>Taille des parcelles (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="51"/>
        <source>Orientation of the plot rows (degrees from grid north)</source>
        <translation>Orientation des rangées de parcelles (degrés depuis le nord du quadrillage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="65"/>
        <source>emergency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="65"/>
        <source>medium term</source>
        <translation>moyen terme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="66"/>
        <source>Community: {0} rows of {1} plots; block: {2} x {3} communities; sector: {4} x {5} blocks. Paths {6} m between row pairs, lanes {7} m between communities (cluster spacing), roads {8} m between blocks, firebreaks {9} m; setback {10} m from the boundary; household size {11}; phase: {12}.</source>
        <translation>Communauté : {0} rangées de {1} parcelles ; bloc : {2} x {3} communautés ; secteur : {4} x {5} blocs. Allées de {6} m entre les paires de rangées, ruelles de {7} m entre les communautés (espacement des groupes), routes de {8} m entre les blocs, coupe-feu de {9} m ; marge de recul de {10} m depuis la limite ; taille des ménages {11} ; phase : {12}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="90"/>
        <source>Checks against the standard</source>
        <translation>Contrôles par rapport à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="93"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="93"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="93"/>
        <source>Standard (source)</source>
        <translation>Norme (source)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="93"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="192"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="99"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="111"/>
        <source>Why the capacity differs from area / m2 per person</source>
        <translation>Pourquoi la capacité diffère de la superficie / m² par personne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="126"/>
        <source>The plot size was given (PLOT_WIDTH and PLOT_DEPTH), so the capacity is what those plots hold; the check on usable area per person below says whether that density meets the standard.</source>
        <translation>La taille des parcelles a été donnée (PLOT_WIDTH et PLOT_DEPTH) : la capacité est ce que ces parcelles accueillent ; le contrôle de la surface utile par personne ci-dessous dit si cette densité respecte la norme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="134"/>
        <source>Lanes between communities</source>
        <translation>Ruelles entre les communautés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="135"/>
        <source>Paths between plot rows</source>
        <translation>Allées entre les rangées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="136"/>
        <source>Setback along the boundary</source>
        <translation>Marge de recul le long de la limite</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="136"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="137"/>
        <source>Flood-prone land</source>
        <translation>Terrain inondable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="137"/>
        <source>Land steeper than the maximum slope</source>
        <translation>Terrain plus pentu que la pente maximale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="138"/>
        <source>Buildable land left over</source>
        <translation>Reliquat de terrain constructible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="139"/>
        <source>Household plots</source>
        <translation>Parcelles des ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="140"/>
        <source>Plots for facilities and services</source>
        <translation>Parcelles des équipements et services</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="141"/>
        <source>Vacant plots</source>
        <translation>Parcelles libres</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="143"/>
        <source>Firebreaks</source>
        <translation>Coupe-feu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="146"/>
        <source>Land budget</source>
        <translation>Bilan des terres</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="147"/>
        <source>Land use</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="147"/>
        <source>Area (m2)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="147"/>
        <source>Share of the site</source>
        <translation>Part du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="153"/>
        <source>Health posts</source>
        <translation>Postes de santé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="153"/>
        <source>Schools</source>
        <translation>Écoles</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="154"/>
        <source>Distribution points</source>
        <translation>Points de distribution</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="154"/>
        <source>Markets</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="155"/>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="186"/>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="188"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="207"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="188"/>
        <source>Capacity (people each)</source>
        <translation>Capacité (personnes chacun)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="188"/>
        <source>Most people served by one</source>
        <translation>Le plus de personnes servies par un</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="77"/>
        <source>Circulation: a primary road {0} m wide runs round the inside of each part of the buildable land and joins the roads between blocks, the lanes and the paths; {1} entrance(s) stand on the side facing the public road, each joined to the loop by an entrance road; {2} crossing(s) join parts cut off by a stream or an exclusion. Every household plot fronts a road, lane or path of this network (OUTPUT_PATHS holds its centrelines, for malisites:washcoverage PATHS).</source>
        <translation>Circulation : une route principale de {0} m de large fait le tour intérieur de chaque partie du terrain constructible et rejoint les routes entre blocs, les ruelles et les allées ; {1} entrée(s) se trouvent sur le côté donnant sur la voie publique, chacune reliée à la boucle par une route d'entrée ; {2} franchissement(s) relient les parties coupées par un cours d'eau ou une exclusion. Chaque parcelle de ménage donne sur une route, une ruelle ou une allée de ce réseau (OUTPUT_PATHS contient ses axes, pour PATHS de malisites:washcoverage).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="132"/>
        <source>Primary road (loop, crossings)</source>
        <translation>Route principale (boucle, franchissements)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="133"/>
        <source>Secondary roads between blocks</source>
        <translation>Routes secondaires entre blocs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="135"/>
        <source>Entrance roads</source>
        <translation>Routes d'entrée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="112"/>
        <source>The site area divided by the standard&apos;s {0} m2 per person gives {1} people; the plan holds {2} ({3} of that figure). The standard counts usable land: the setback ring, exclusions, flood-prone and steep land take {4} m2 ({5} of the site), which leaves {6} m2, or {7} people at the standard. On that land the plan keeps at least {0} m2 per person: the plot size is derived so that the usable area per person comes out at the standard, rounded up to 0.1 m, and only whole plots are kept; {8} m2 of buildable land is left over along edges and around obstacles; {9} plots are taken by water points, latrine blocks, communal services and the extension reserve, which hold nobody.</source>
        <translation>La superficie du site divisée par les {0} m² par personne de la norme donne {1} personnes ; le plan en accueille {2} ({3} de ce chiffre). La norme compte le terrain utile : la marge de recul le long de la limite, les exclusions, les terrains inondables et les terrains en forte pente occupent {4} m² ({5} du site), ce qui laisse {6} m², soit {7} personnes selon la norme. Sur ce terrain, le plan garde au moins {0} m² par personne : la taille des parcelles est calculée pour que la surface utile par personne atteigne la norme, arrondie au 0,1 m supérieur, et seules les parcelles entières sont conservées ; {8} m² de terrain constructible restent en reliquat le long des bords et autour des obstacles ; {9} parcelles sont occupées par les points d'eau, les blocs de latrines, les services communautaires et la réserve d'extension, qui n'accueillent personne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="151"/>
        <source>Tapstands</source>
        <translation>Bornes-fontaines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="152"/>
        <source>Latrine blocks (a female and a male compartment each)</source>
        <translation>Blocs de latrines (chacun avec un compartiment femmes et un compartiment hommes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="155"/>
        <source>Reception and registration areas</source>
        <translation>Aires d'accueil et d'enregistrement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="156"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="157"/>
        <source>Child-friendly spaces</source>
        <translation>Espaces amis des enfants</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="158"/>
        <source>Women&apos;s safe spaces</source>
        <translation>Espaces sûrs pour les femmes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="159"/>
        <source>Extension reserve (plots)</source>
        <translation>Réserve d'extension (parcelles)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="160"/>
        <source>Bathing facilities (cubicles)</source>
        <translation>Douches (cabines)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="161"/>
        <source>Laundry facilities (slabs)</source>
        <translation>Lessive (aires de lessive)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="162"/>
        <source>Refuse points (100 L bins)</source>
        <translation>Points de collecte des déchets (poubelles de 100 L)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="163"/>
        <source>Toilets at schools, health posts, markets and reception</source>
        <translation>Toilettes des écoles, des postes de santé, des marchés et de l'accueil</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="177"/>
        <source>%s taps</source>
        <translation>%s robinets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="188"/>
        <source>Cubicles (female / male), taps, slabs or bins</source>
        <translation>Cabines (femmes / hommes), robinets, aires de lessive ou poubelles</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="200"/>
        <source>Terrain and drains</source>
        <translation>Terrain et fossés de drainage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="201"/>
        <source>Roadside drains</source>
        <translation>Fossés le long des routes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="201"/>
        <source>Collector drains</source>
        <translation>Fossés collecteurs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="202"/>
        <source>Outfall drains</source>
        <translation>Fossés d'exutoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="207"/>
        <source>Drains</source>
        <translation>Fossés de drainage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="207"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="207"/>
        <source>Steepest (%)</source>
        <translation>Plus forte pente (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="209"/>
        <source>{0} outfall(s) at low points of the site boundary; {1} drain(s) reach none.</source>
        <translation>{0} exutoire(s) aux points bas de la limite du site ; {1} fossé(s) n'en atteignent aucun.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="211"/>
        <source>below the ideal range</source>
        <translation>sous la plage idéale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="211"/>
        <source>above the ideal range</source>
        <translation>au-dessus de la plage idéale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="212"/>
        <source>steeper than the maximum</source>
        <translation>plus pentu que la pente maximale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="214"/>
        <source>Blocks outside the ideal slope (mean slope {0} and {1}; steepest cell {2}), of {3} measured: {4}.</source>
        <translation>Blocs hors de la pente idéale (pente moyenne entre {0} et {1} ; cellule la plus pentue {2}), sur {3} mesurés : {4}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="219"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="219"/>
        <source>Mean slope (%)</source>
        <translation>Pente moyenne (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="219"/>
        <source>Steepest slope (%)</source>
        <translation>Plus forte pente (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/report.py" line="219"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>MaliSites</name>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="229"/>
        <source>The run was cancelled; no output was kept.</source>
        <translation>L'exécution a été annulée ; aucune sortie n'a été conservée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="25"/>
        <source>Mali Sites</source>
        <translation>Mali Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="28"/>
        <source>Mali Sites: IDP site planning, WASH coverage and flood exposure</source>
        <translation>Mali Sites : planification des sites de PDI, couverture EHA et exposition aux inondations</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/qgis_io.py" line="75"/>
        <source>Layer &apos;{0}&apos; has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>La couche « {0} » n'a pas de système de coordonnées de référence. Définissez son SCR (Propriétés de la couche &gt; Source) et relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/qgis_io.py" line="90"/>
        <source>Layer &apos;{0}&apos; has no features with a location; a UTM zone cannot be chosen.</source>
        <translation>La couche « {0} » n'a aucune entité localisée ; impossible de choisir une zone UTM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/qgis_io.py" line="140"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/qgis_io.py" line="66"/>
        <source>Raster &apos;{0}&apos; is not a file GDAL can read (provider {1}): save it as a GeoTIFF (Export &gt; Save As) and use that file.</source>
        <translation>Le raster « {0} » n'est pas un fichier lisible par GDAL (fournisseur {1}) : enregistrez-le en GeoTIFF (Exporter &gt; Enregistrer sous) et utilisez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="207"/>
        <source>Mali Sites needs the Python package(s) {0}, which this QGIS does not have. Windows: run the OSGeo4W setup (Advanced install) and add {1}. Debian or Ubuntu: sudo apt install {1}. macOS: use a QGIS that ships them (the qgis.org installer, or conda-forge&apos;s qgis with {0}). Do not install them with pip into QGIS&apos;s Python on Linux: pip builds carry their own GDAL and give wrong results inside QGIS. Then restart QGIS.</source>
        <translation>Mali Sites a besoin du ou des paquets Python {0}, que ce QGIS n'a pas. Windows : lancez l'installateur OSGeo4W (installation avancée) et ajoutez {1}. Debian ou Ubuntu : sudo apt install {1}. macOS : utilisez un QGIS qui les fournit (l'installateur de qgis.org, ou le qgis de conda-forge avec {0}). Ne les installez pas avec pip dans le Python de QGIS sous Linux : les paquets pip apportent leur propre GDAL et donnent des résultats faux dans QGIS. Redémarrez ensuite QGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/choices.py" line="19"/>
        <source>{0} ({1}): {2} is not one of its choices ({3}). Give one of those numbers.</source>
        <translation>{0} ({1}) : {2} ne fait pas partie de ses choix ({3}). Indiquez l'un de ces numéros.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="116"/>
        <source>Output {0}, {1}: the writer refused {2} feature(s): {3}. Nothing was written; check the values of that output (a number too large for its field, a text too long) or choose another format.</source>
        <translation>Sortie {0}, {1} : le pilote d'écriture a refusé {2} entité(s) : {3}. Rien n'a été écrit ; vérifiez les valeurs de cette sortie (un nombre trop grand pour son champ, un texte trop long) ou choisissez un autre format.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="126"/>
        <source>Output {0}, {1}: the writer could not finish the file: {2}.</source>
        <translation>Sortie {0}, {1} : le pilote d'écriture n'a pas pu terminer le fichier : {2}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="130"/>
        <source>no reason given</source>
        <translation>aucun motif donné</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="246"/>
        <source>{0}: &apos;{1}&apos; is a folder. Give a file name inside it, for example {2}.</source>
        <translation>{0} : « {1} » est un dossier. Indiquez un nom de fichier à l'intérieur de ce dossier, par exemple {2}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="250"/>
        <source>{0}: the folder &apos;{1}&apos; does not exist. Create it, or choose a file in a folder that exists.</source>
        <translation>{0} : le dossier « {1} » n'existe pas. Créez-le, ou choisissez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="254"/>
        <source>{0}: the folder &apos;{1}&apos; cannot be written to. Choose another folder.</source>
        <translation>{0} : impossible d'écrire dans le dossier « {1} ». Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="261"/>
        <source>{0}: &apos;{1}&apos; has changes pending in &apos;{1}-wal&apos;: it is open in QGIS or another program, or was not closed properly. Remove its layers from the project (or close that program), or choose another file, then run again.</source>
        <translation>{0} : « {1} » a des modifications en attente dans « {1}-wal » : il est ouvert dans QGIS ou dans un autre programme, ou n'a pas été fermé correctement. Retirez ses couches du projet (ou fermez ce programme), ou choisissez un autre fichier, puis relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="465"/>
        <source>The new outputs could not be moved into place ({0}); the previous outputs are unchanged. Close any program that has them open and copy the new ones yourself, or run again.</source>
        <translation>Les nouvelles sorties n'ont pas pu être mises en place ({0}) ; les sorties précédentes sont inchangées. Fermez tout programme qui les a ouvertes et copiez vous-même les nouvelles sorties, ou relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="476"/>
        <source>The new results are in &apos;{0}&apos; (a temporary folder QGIS empties when it closes).</source>
        <translation>Les nouveaux résultats se trouvent dans « {0} » (un dossier temporaire que QGIS vide à sa fermeture).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/floodprone/layers.py" line="42"/>
        <source>The style {0} could not be applied: {1}</source>
        <translation>Le style {0} n'a pas pu être appliqué : {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/writers.py" line="53"/>
        <source>Layer &apos;{0}&apos; changed during the run (feature {1} was not there when it was read): run again.</source>
        <translation>La couche « {0} » a changé pendant le calcul (l'entité {1} n'y était pas à la lecture) : relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="314"/>
        <source>{0}: a shapefile keeps only the first 10 characters of a field name, so the fields {1} would all become &apos;{2}&apos; and could not be told apart. Save it as a GeoPackage (.gpkg), which keeps the names.</source>
        <translation>{0} : un shapefile ne garde que les 10 premiers caractères d'un nom de champ, de sorte que les champs {1} deviendraient tous « {2} » et ne pourraient plus être distingués. Enregistrez-le en GeoPackage (.gpkg), qui garde les noms.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/outputs.py" line="320"/>
        <source>{0}: a shapefile keeps only the first 10 characters of a field name, so {1} field names are cut (such as &apos;{2}&apos; to &apos;{3}&apos;), and the styles and printoverview, which read the full names, may not find them. A GeoPackage (.gpkg) keeps them.</source>
        <translation>{0} : un shapefile ne garde que les 10 premiers caractères d'un nom de champ : {1} noms de champs sont coupés (par exemple « {2} » en « {3} »), et les styles et printoverview, qui lisent les noms complets, peuvent ne pas les trouver. Un GeoPackage (.gpkg) les garde.</translation>
    </message>
</context>
<context>
    <name>MaliSitesAlgorithm</name>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="127"/>
        <source>The run was cancelled; no output was kept.</source>
        <translation>L'exécution a été annulée ; aucune sortie n'a été conservée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="168"/>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="168"/>
        <source>Sphere Handbook 2018</source>
        <translation>Manuel Sphère 2018</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="168"/>
        <source>UNHCR Emergency Handbook</source>
        <translation>Manuel des situations d'urgence du HCR</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="172"/>
        <source>The standards profile every figure is checked against (resources/standards/*.json).</source>
        <translation>Le profil de normes auquel chaque valeur est comparée (resources/standards/*.json).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="175"/>
        <source>Standards profile file (overrides Standard)</source>
        <translation>Fichier de profil de normes (remplace Norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="178"/>
        <source>Your own profile: copy sphere_2018.json, edit the figures and keep their sources.</source>
        <translation>Votre propre profil : copiez sphere_2018.json, modifiez les valeurs et conservez leurs sources.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="189"/>
        <source>Standards profile: {0} ({1})</source>
        <translation>Profil de normes : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="194"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="197"/>
        <source>Language of reports and printed text.</source>
        <translation>Langue des rapports et des textes imprimés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="162"/>
        <source>Input geometries repaired (invalid)</source>
        <translation>Géométries d'entrée réparées (invalides)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="164"/>
        <source>Input features skipped (no usable geometry)</source>
        <translation>Entités d'entrée ignorées (sans géométrie utilisable)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/base.py" line="137"/>
        <source>Time spent: reading inputs {0} s, computing {1} s, writing outputs {2} s</source>
        <translation>Temps passé : lecture des entrées {0} s, calcul {1} s, écriture des sorties {2} s</translation>
    </message>
</context>
<context>
    <name>MapText</name>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="25"/>
        <source>CRS: {0} ({1}); grid in metres.
Site centre: {2} (WGS 84)</source>
        <translation>SCR : {0} ({1}) ; carroyage en mètres.
Centre du site : {2} (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="43"/>
        <source>Produced by: {0}</source>
        <translation>Réalisé par : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="95"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="96"/>
        <source>Individuals</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="97"/>
        <source>Site area</source>
        <translation>Superficie du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="134"/>
        <source>Shelters</source>
        <translation>Abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="136"/>
        <source>Water points</source>
        <translation>Points d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="106"/>
        <source>Latrines</source>
        <translation>Latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="109"/>
        <source>People within reach of water</source>
        <translation>Personnes à portée d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="110"/>
        <source>People within reach of a toilet</source>
        <translation>Personnes à portée d'une toilette</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="153"/>
        <source>Site area per person: {0} m2 (standard {1} {2})</source>
        <translation>Surface de site par personne : {0} m² (norme {1} {2})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="156"/>
        <source>Water within reach: {0} of people</source>
        <translation>Eau à portée : {0} des personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="158"/>
        <source>Toilet within reach: {0} of people</source>
        <translation>Toilette à portée : {0} des personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="160"/>
        <source>People per functional toilet: {0} (standard {1} {2})</source>
        <translation>Personnes par toilette fonctionnelle : {0} (norme {1} {2})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="146"/>
        <source>No figure to check: add site populations or WASH coverage outputs.</source>
        <translation>Aucune valeur à contrôler : ajoutez les populations des sites ou les sorties de Couverture EHA.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="171"/>
        <source>Site {0}</source>
        <translation>Site {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="174"/>
        <source>Site boundary</source>
        <translation>Limite du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="177"/>
        <source>Site map</source>
        <translation>Carte du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="185"/>
        <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>Page [% @atlas_featurenumber %] sur [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="189"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="193"/>
        <source>Compliance with {0}</source>
        <translation>Conformité : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="196"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="103"/>
        <source>({0} functional)</source>
        <translation>({0} fonctionnels)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="106"/>
        <source>({0} functional cubicles)</source>
        <translation>({0} cabines fonctionnelles)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="114"/>
        <source>Flood {0}: {1} % of the site wet, {2} people exposed</source>
        <translation>Inondation {0} : {1} % du site inondé, {2} personnes exposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="192"/>
        <source>emergency phase</source>
        <translation>phase d'urgence</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="192"/>
        <source>medium-term phase</source>
        <translation>phase de moyen terme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="33"/>
        <source>computed in this QGIS session</source>
        <translation>calculé dans cette session QGIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="35"/>
        <source>Data sources:</source>
        <translation>Sources des données :</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="36"/>
        <source>Boundaries: Natural Earth (public domain), shipped with QGIS.</source>
        <translation>Limites : Natural Earth (domaine public), fourni avec QGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="38"/>
        <source>Standards: see the compliance box. Made with QGIS {0} and Mali Sites {1}.</source>
        <translation>Normes : voir le cadre de conformité. Réalisé avec QGIS {0} et Mali Sites {1}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="48"/>
        <source>For humanitarian purposes only.</source>
        <translation>À usage humanitaire uniquement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="49"/>
        <source>Sharing: public.</source>
        <translation>Diffusion : publique.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="50"/>
        <source>Sharing: humanitarian partners only.</source>
        <translation>Diffusion : partenaires humanitaires uniquement.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="51"/>
        <source>Sharing: internal use only, do not share.</source>
        <translation>Diffusion : usage interne uniquement, ne pas diffuser.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="52"/>
        <source>Accuracy: positions are as good as their sources (a handheld GPS: about 5 m); a site plan is a design to be set out on the ground; boundaries and names do not imply official endorsement.</source>
        <translation>Précision : les positions valent ce que valent leurs sources (un GPS portable : environ 5 m) ; un plan de site est une conception à implanter sur le terrain ; les limites et les noms n'impliquent aucune reconnaissance officielle.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="55"/>
        <source>Contact: {0}</source>
        <translation>Contact : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="63"/>
        <source>Scale 1:{0}</source>
        <translation>Échelle 1:{0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="70"/>
        <source>Legend (continued)</source>
        <translation>Légende (suite)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="237"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="77"/>
        <source>Site plan (designed)</source>
        <translation>Plan du site (conçu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="78"/>
        <source>Surveyed on the ground</source>
        <translation>Relevé sur le terrain</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="78"/>
        <source>Flood</source>
        <translation>Inondation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="100"/>
        <source>Surveyed on the ground:</source>
        <translation>Relevé sur le terrain :</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="123"/>
        <source>Site plan (designed):</source>
        <translation>Plan du site (conçu) :</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="124"/>
        <source>People planned</source>
        <translation>Personnes installées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="127"/>
        <source>Capacity of the plan: {0} people (the site is full)</source>
        <translation>Capacité du plan : {0} personnes (le site est plein)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="130"/>
        <source>Capacity of the plan: at least {0} people</source>
        <translation>Capacité du plan : au moins {0} personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="133"/>
        <source>People not placed</source>
        <translation>Personnes non installées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="180"/>
        <source>Version {0} - updated {1}</source>
        <translation>Version {0} - mise à jour le {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="162"/>
        <source>Overloaded {0}: {1} (standard {2} {3} people each)</source>
        <translation>{0} surchargé(e)s : {1} (norme {2} {3} personnes chacun(e))</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="167"/>
        <source>taps</source>
        <translation>robinets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="167"/>
        <source>hand pumps</source>
        <translation>pompes à main</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="168"/>
        <source>open wells</source>
        <translation>puits ouverts</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="41"/>
        <source>Made with QGIS {0} and Mali Sites {1}.</source>
        <translation>Réalisé avec QGIS {0} et Mali Sites {1}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="201"/>
        <source>Flood and WASH overview of the sites</source>
        <translation>Synthèse inondations et EHA des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="207"/>
        <source>{0} sites</source>
        <translation>{0} sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="214"/>
        <source>CRS: {0} ({1}); grid in degrees (WGS 84).
Sites from {2} to {3}, {4} to {5} (WGS 84)</source>
        <translation>SCR : {0} ({1}) ; carroyage en degrés (WGS 84).
Sites de {2} à {3}, de {4} à {5} (WGS 84)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="220"/>
        <source>Sites by worst flood class</source>
        <translation>Sites selon leur classe d'aléa la plus grave</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="224"/>
        <source>Ranked by the people exposed in each site&apos;s worst flood scenario (the scenario that exposes the most people), most first; ties: the worse class, then the site name; sites with no people counted come last. The numbers on the map are the ranks.</source>
        <translation>Classement selon les personnes exposées dans le pire scénario d'inondation de chaque site (le scénario qui expose le plus de personnes), du plus grand nombre au plus petit ; à égalité : la classe la plus grave, puis le nom du site ; les sites sans personnes comptées viennent en dernier. Les numéros sur la carte sont les rangs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="227"/>
        <source>People exposed: people on wet land in each scenario (Flood exposure). Worst class: the flood hazard class of the worst scenario.</source>
        <translation>Personnes exposées : personnes sur terrain inondé dans chaque scénario (Exposition aux inondations). Classe la plus grave : la classe d'aléa d'inondation du pire scénario.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="230"/>
        <source>Beyond water / toilet: people of the households farther than the standard distance from water / a toilet (WASH coverage); -: no audit of the site.</source>
        <translation>Loin de l'eau / des toilettes : personnes des ménages situés au-delà de la distance de la norme d'un point d'eau / d'une toilette (Couverture EHA) ; - : site non audité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="237"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="238"/>
        <source>Exposed {0}</source>
        <translation>Exposées {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="239"/>
        <source>Worst class (scenario)</source>
        <translation>Classe la plus grave (scénario)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="241"/>
        <source>Beyond water</source>
        <translation>Loin de l'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="243"/>
        <source>Beyond toilet</source>
        <translation>Loin des toilettes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="247"/>
        <source>{0} more sites on the next pages.</source>
        <translation>{0} autres sites dans les pages suivantes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="251"/>
        <source>continued</source>
        <translation>suite</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="19"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="19"/>
        <source>WASH coverage</source>
        <translation>Couverture EHA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="74"/>
        <source>cont.</source>
        <translation>suite</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="136"/>
        <source>({0} taps)</source>
        <translation>({0} robinets)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="139"/>
        <source>Latrine blocks</source>
        <translation>Blocs de latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/text.py" line="139"/>
        <source>({0} cubicles)</source>
        <translation>({0} cabines)</translation>
    </message>
</context>
<context>
    <name>ObservedExtents</name>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="33"/>
        <source>Flood extent product</source>
        <translation>Produit d'emprise d'inondation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="33"/>
        <source>Detect from the fields and file names</source>
        <translation>Détecter d'après les champs et les noms de fichier</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="33"/>
        <source>Plain polygons (inside = wet)</source>
        <translation>Polygones simples (intérieur = inondé)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="33"/>
        <source>How the class values of the flood extents read (wet, possibly wet, permanent water, not observable), from resources/standards/flood_products.json: detected from the class field (EMS notation, UNOSAT Water_Clas) and, for rasters, the file name (GFM), or chosen here.</source>
        <translation>Comment se lisent les valeurs de classe des emprises d'inondation (inondé, peut-être inondé, eau permanente, non observable), d'après resources/standards/flood_products.json : détecté à partir du champ de classe (notation EMS, Water_Clas d'UNOSAT) et, pour les rasters, du nom de fichier (GFM), ou choisi ici.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="42"/>
        <source>Observation masks of flood extent rasters (GFM exclusion and reference water masks)</source>
        <translation>Masques d'observation des rasters d'emprise d'inondation (masques d'exclusion et d'eau de référence GFM)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="42"/>
        <source>Rasters on the grid of the flood extent rasters: an exclusion mask (or any no-observation raster, 1 = not observed) makes cells unknown, never dry; a reference water mask makes them permanent water. The role comes from the file name (EXCLUSION_MASK, REFERENCE_WATER); a mask applies to the flood extent rasters of its date (YYYYMMDD in the file names).</source>
        <translation>Rasters sur la grille des rasters d'emprise d'inondation : un masque d'exclusion (ou tout raster de non-observation, 1 = non observé) rend les cellules inconnues, jamais sèches ; un masque d'eau de référence en fait de l'eau permanente. Le rôle est tiré du nom de fichier (EXCLUSION_MASK, REFERENCE_WATER) ; un masque s'applique aux rasters d'emprise d'inondation de sa date (YYYYMMDD dans les noms de fichier).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="51"/>
        <source>Product schemes file (JSON; empty: built-in)</source>
        <translation>Fichier de schémas de produits (JSON ; vide : intégré)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="51"/>
        <source>Your copy of resources/standards/flood_products.json, with your own class values and their sources.</source>
        <translation>Votre copie de resources/standards/flood_products.json, avec vos propres valeurs de classe et leurs sources.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="61"/>
        <source>Observed flood products</source>
        <translation>Produits d'inondation observée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="61"/>
        <source>Flood extents are read as their product delivers them, through the product schemes of resources/standards/flood_products.json (editable; each value carries its source): {0}. Each class value reads as wet, possibly wet (possible flood water, flood traces, saturated soil), permanent water (water before the flood: reported apart as permanent_pct / permanent_m, never counted as flood water), not observable (unknown, never dry) or dry (outside every polygon, or observed dry). A value the scheme does not list counts as unknown and the log names it. Where polygons overlap, permanent water wins, then wet, possibly wet, not observable. A GFM exclusion mask makes the cells observed dry inside it unknown; a reference water mask makes them permanent. Hazard classes of observed products: 0 dry, 1 permanent water, 2 possibly wet, 3 wet. Several dates of one event are several scenarios, like return periods.</source>
        <translation>Les emprises d'inondation sont lues telles que leur produit les livre, au moyen des schémas de produits de resources/standards/flood_products.json (modifiable ; chaque valeur porte sa source) : {0}. Chaque valeur de classe se lit comme inondé, peut-être inondé (eau de crue possible, traces de crue, sol saturé), eau permanente (eau présente avant la crue : signalée à part comme permanent_pct / permanent_m, jamais comptée comme eau de crue), non observable (inconnu, jamais sec) ou sec (hors de tout polygone, ou observé sec). Une valeur que le schéma ne liste pas compte comme inconnue et le journal la nomme. Là où des polygones se chevauchent, l'eau permanente l'emporte, puis inondé, peut-être inondé, non observable. Un masque d'exclusion GFM rend inconnues les cellules observées sèches à l'intérieur ; un masque d'eau de référence les rend permanentes. Classes d'aléa des produits observés : 0 sec, 1 eau permanente, 2 peut-être inondé, 3 inondé. Plusieurs dates d'un même événement sont plusieurs scénarios, comme des périodes de retour.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="61"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="94"/>
        <source>Observation masks {0} apply to no flood extent raster (another date, or no ground in common): they are not used.</source>
        <translation>Les masques d'observation {0} ne s'appliquent à aucun raster d'emprise d'inondation (autre date, ou aucun terrain en commun) : ils ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="122"/>
        <source>Flood extent &apos;{0}&apos; has none of the class fields of the product schemes ({1}): every polygon counts as wet, outside them dry.</source>
        <translation>L'emprise d'inondation « {0} » n'a aucun des champs de classe des schémas de produits ({1}) : chaque polygone compte comme inondé, l'extérieur comme sec.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="126"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): flood extent &apos;{2}&apos;, {3} polygons</source>
        <translation>Scénario « {0} » (champs *_{1}) : emprise d'inondation « {2} », {3} polygones</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="130"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): flood extent &apos;{2}&apos; read as {3} (field {4}; {5}): {6}</source>
        <translation>Scénario « {0} » (champs *_{1}) : emprise d'inondation « {2} » lue comme {3} (champ {4} ; {5}) : {6}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="135"/>
        <source>Flood extent &apos;{0}&apos;: {1} polygons have {2} values the {3} scheme does not list ({4}): their area counts as unknown, never dry nor wet. Add the values to your copy of flood_products.json (PRODUCT_SCHEMES) with their meaning.</source>
        <translation>Emprise d'inondation « {0} » : {1} polygones ont {2} valeurs que le schéma {3} ne liste pas ({4}) : leur surface compte comme inconnue, jamais sèche ni inondée. Ajoutez ces valeurs à votre copie de flood_products.json (PRODUCT_SCHEMES) avec leur signification.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="154"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): flood extent raster {2} read as {3} ({4}), masks: {5}</source>
        <translation>Scénario « {0} » (champs *_{1}) : raster d'emprise d'inondation {2} lu comme {3} ({4}), masques : {5}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="159"/>
        <source>Flood extent raster &apos;{0}&apos;: its file name names no product; read as {1}, the only raster product scheme.</source>
        <translation>Raster d'emprise d'inondation « {0} » : son nom de fichier ne désigne aucun produit ; lu comme {1}, le seul schéma de produit raster.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/flood/extents.py" line="166"/>
        <source>Flood extent raster &apos;{0}&apos; has no exclusion mask (OBSERVATION_MASKS): cells the satellite could not observe (for GFM, sandy and very dry surfaces, radar shadow) count as observed dry. Give its exclusion mask to count them as unknown.</source>
        <translation>Le raster d'emprise d'inondation « {0} » n'a pas de masque d'exclusion (OBSERVATION_MASKS) : les cellules que le satellite n'a pas pu observer (pour GFM, surfaces sableuses et très sèches, ombre radar) comptent comme observées sèches. Fournissez son masque d'exclusion pour les compter comme inconnues.</translation>
    </message>
</context>
<context>
    <name>PrintOverview</name>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="63"/>
        <source>Print a flood and WASH overview of sites</source>
        <translation>Imprimer une synthèse inondations et EHA des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="66"/>
        <source>print,PDF,overview,national,region,ranking,flood,WASH,carte,synthèse</source>
        <translation>impression,PDF,synthèse,national,région,classement,inondation,EHA,carte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="69"/>
        <source>Prints all sites of a region or of the country on one map (PDF, A3 or A4, French or English) with a table ranking them by people exposed to floods, their worst class and WASH gaps.</source>
        <translation>Imprime tous les sites d'une région ou du pays sur une seule carte (PDF, A3 ou A4, en français ou en anglais) avec un tableau qui les classe selon les personnes exposées aux inondations, leur classe la plus grave et leurs lacunes EHA.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="76"/>
        <source>Prints one overview of many sites so the cluster sees where to act first: every site of the layer on one map (a region or all of Mali), coloured by its worst flood class with the flood style&apos;s colours and numbered by its rank, beside a table of the sites ranked by the people exposed in their worst scenario. The page carries what the CCCM Site Mapping Guide asks for, as Print site map does: title and place, version and date, inset of Mali, sources with dates, coordinate system, scale, north arrow, legend, sharing restriction, contact, accuracy limits and a slot for logos.</source>
        <translation>Imprime une synthèse de nombreux sites pour que le cluster voie où agir en premier : chaque site de la couche sur une seule carte (une région ou tout le Mali), coloré selon sa classe d'aléa la plus grave avec les couleurs du style des inondations et numéroté selon son rang, à côté d'un tableau des sites classés selon les personnes exposées dans leur pire scénario. La page porte ce que demande le guide de cartographie des sites CCCM (CCCM Site Mapping Guide), comme Imprimer la carte du site : titre et lieu, version et date, carte de situation du Mali, sources avec leurs dates, système de coordonnées, échelle, flèche du nord, légende, restriction de diffusion, contact, limites de précision et un emplacement pour les logos.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="84"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="84"/>
        <source>The &apos;Site exposure&apos; output of Flood exposure (malisites:floodexposure), or the file it wrote: it has, per scenario, exposed_people_&lt;scenario&gt; and hazard_class_&lt;scenario&gt;, and worst_scenario, worst_class and worst_rank. A layer without them is refused with the columns it lacks. For one region, select its sites (Selected features only) or filter the layer.</source>
        <translation>La sortie « Exposition des sites » d'Exposition aux inondations (malisites:floodexposure), ou le fichier qu'elle a écrit : elle contient, par scénario, exposed_people_&lt;scenario&gt; et hazard_class_&lt;scenario&gt;, ainsi que worst_scenario, worst_class et worst_rank. Une couche qui ne les a pas est refusée, avec les colonnes qui lui manquent. Pour une seule région, sélectionnez ses sites (Entités sélectionnées uniquement) ou filtrez la couche.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="90"/>
        <source>Ranked table</source>
        <translation>Tableau classé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="90"/>
        <source>One row per site: its rank, name and region (Natural Earth), the people exposed in each scenario, the worst class with its scenario (coloured as on the map) and, when WASH coverage outputs are given, the people of the households beyond the water and the toilet distances. Rank rule, printed on the page: the most people exposed in the site&apos;s worst scenario (Flood exposure&apos;s worst scenario is the one that exposes the most people) first; ties by the worse class, then by name; sites with no people counted last. What the first page cannot hold goes on the next pages, the heading repeated; the first page says how many sites follow.</source>
        <translation>Une ligne par site : son rang, son nom et sa région (Natural Earth), les personnes exposées dans chaque scénario, la classe la plus grave avec son scénario (colorée comme sur la carte) et, quand des sorties de Couverture EHA sont fournies, les personnes des ménages situés au-delà des distances de l'eau et des toilettes. Règle de classement, imprimée sur la page : d'abord le plus de personnes exposées dans le pire scénario du site (le pire scénario d'Exposition aux inondations est celui qui expose le plus de personnes) ; à égalité, la classe la plus grave, puis le nom ; les sites sans personnes comptées en dernier. Ce que la première page ne peut contenir passe sur les pages suivantes, avec l'en-tête répété ; la première page indique combien de sites suivent.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="99"/>
        <source>WASH gaps</source>
        <translation>Lacunes EHA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="111"/>
        <source>Sites with their flood exposure</source>
        <translation>Sites avec leur exposition aux inondations</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="111"/>
        <source>The &apos;Site exposure&apos; output of Flood exposure (or its file).</source>
        <translation>La sortie « Exposition des sites » d'Exposition aux inondations (ou son fichier).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="114"/>
        <source>Site name field</source>
        <translation>Champ du nom du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="114"/>
        <source>Empty: a field called site_name, nom, name... if there is one.</source>
        <translation>Vide : un champ appelé site_name, nom, name... s'il en existe un.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="117"/>
        <source>WASH coverage: shelters</source>
        <translation>Couverture EHA : abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="117"/>
        <source>The &apos;Shelters&apos; outputs of WASH coverage, for the people beyond the water and toilet distances in each site.</source>
        <translation>Les sorties « Abris » de Couverture EHA, pour les personnes situées au-delà des distances de l'eau et des toilettes dans chaque site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="121"/>
        <source>Sites numbered on the map</source>
        <translation>Sites numérotés sur la carte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="121"/>
        <source>The first ranks get their number and name on the map; every site is in the table.</source>
        <translation>Les premiers rangs reçoivent leur numéro et leur nom sur la carte ; tous les sites figurent dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="124"/>
        <source>Empty: &apos;Flood and WASH overview of the sites&apos; in the chosen language.</source>
        <translation>Vide : « Synthèse inondations et EHA des sites » dans la langue choisie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="126"/>
        <source>Overview (PDF)</source>
        <translation>Synthèse (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="126"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="128"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="129"/>
        <source>Sites ranked</source>
        <translation>Sites classés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="143"/>
        <source>The PDF {0} could not be written: {1}. Check that its folder is writable, that the file is not open in another program (a PDF viewer locks it on Windows) and that the disk has room, or choose another file (OUTPUT).</source>
        <translation>Le PDF {0} n'a pas pu être écrit : {1}. Vérifiez que son dossier est accessible en écriture, que le fichier n'est pas ouvert dans un autre programme (une visionneuse PDF le verrouille sous Windows) et que le disque a de la place, ou choisissez un autre fichier (OUTPUT).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="208"/>
        <source>The layer &apos;{0}&apos; (WASH) is not a &apos;Shelters&apos; output of WASH coverage (it lacks the fields people, wp_ok and wp_dist_m): give the shelters that WASH coverage wrote, or leave WASH empty.</source>
        <translation>La couche « {0} » (WASH) n'est pas une sortie « Abris » de Couverture EHA (il lui manque les champs people, wp_ok et wp_dist_m) : donnez les abris écrits par Couverture EHA, ou laissez WASH vide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="221"/>
        <source>WASH coverage &apos;{0}&apos;: {1} households, {2} in a site of the map</source>
        <translation>Couverture EHA « {0} » : {1} ménages, dont {2} dans un site de la carte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/overview.py" line="99"/>
        <source>The &apos;Shelters&apos; outputs of WASH coverage (malisites:washcoverage), one per audited site or one for many: each household counts in the site whose boundary (the circle of a point site) holds it, and its people count beyond the water (or toilet) distance when its wp_ok (lat_ok) verdict is no: the distances of the profile the audit used (Sphere 2018: water {0}, toilet {1}). A site no audited household falls in shows &apos;-&apos;.</source>
        <translation>Les sorties « Abris » de Couverture EHA (malisites:washcoverage), une par site audité ou une pour plusieurs : chaque ménage compte dans le site dont la limite (le cercle d'un site ponctuel) le contient, et ses personnes comptent au-delà de la distance de l'eau (ou des toilettes) quand son verdict wp_ok (lat_ok) est négatif : les distances du profil utilisé par l'audit (Sphère 2018 : eau {0}, toilettes {1}). Un site où ne tombe aucun ménage audité affiche « - ».</translation>
    </message>
</context>
<context>
    <name>PrintSiteMap</name>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="69"/>
        <source>Print site map</source>
        <translation>Imprimer la carte du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="72"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="78"/>
        <source>print,PDF,atlas,map,carte,CCCM,layout,mise en page</source>
        <translation>impression,PDF,atlas,carte,CCCM,mise en page</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="91"/>
        <source>Prints one page per site (a QGIS atlas) into one PDF, with what the CCCM Site Mapping Guide asks a site map to carry: title, site name, version and date, an inset map of Mali locating the site (Natural Earth boundaries shipped with QGIS), sources, coordinate reference system and coordinates, scale bar, north arrow, legend and grid, the summary figures and a compliance box.</source>
        <translation>Imprime une page par site (un atlas QGIS) dans un seul PDF, avec ce que le guide de cartographie des sites CCCM (CCCM Site Mapping Guide) demande de faire figurer sur une carte de site : titre, nom du site, version et date, carte de situation du Mali localisant le site (limites Natural Earth fournies avec QGIS), sources, système de coordonnées de référence et coordonnées, barre d'échelle, flèche du nord, légende et carroyage, chiffres du résumé et encadré de conformité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="97"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="97"/>
        <source>The layers to show, e.g. the outputs of Site layout, WASH coverage and Flood exposure. Layers from your project keep their style; Mali Sites outputs read back from files get the plugin's styles. The summary counts what falls inside each site: shelters or plots, water points (functional ones apart), latrines and their cubicles, the share of households within the Sphere distances (from a WASH coverage output) and, for the sites themselves, households and individuals from the site fields (households/ménages, individuals/personnes) or from the shelters.</source>
        <translation>Les couches à afficher, par exemple les sorties d'Aménagement du site, de Couverture EHA et d'Exposition aux inondations. Les couches de votre projet conservent leur style ; les sorties de Mali Sites relues depuis des fichiers reçoivent les styles de l'extension. Le résumé compte ce qui se trouve à l'intérieur de chaque site : abris ou parcelles, points d'eau (les fonctionnels comptés à part), latrines et leurs cabines, la part des ménages situés dans les distances Sphère (d'après une sortie de Couverture EHA) et, pour les sites eux-mêmes, les ménages et les personnes tirés des champs du site (households/ménages, individuals/personnes) ou des abris.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="105"/>
        <source>Compliance box</source>
        <translation>Encadré de conformité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="106"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="142"/>
        <source>Sites (one page each)</source>
        <translation>Sites (une page chacun)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="142"/>
        <source>Site boundaries; the pages follow their order.</source>
        <translation>Limites des sites ; les pages suivent leur ordre.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="145"/>
        <source>Site name field</source>
        <translation>Champ du nom du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="145"/>
        <source>Empty: a field called site_name, nom, name... if there is one.</source>
        <translation>Vide : un champ appelé site_name, nom, name... s'il en existe un.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="148"/>
        <source>Layers to show</source>
        <translation>Couches à afficher</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="148"/>
        <source>Drawn in this order, the first on top.</source>
        <translation>Dessinées dans cet ordre, la première au-dessus.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="177"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="177"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="177"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="177"/>
        <source>Page size and orientation.</source>
        <translation>Format et orientation de la page.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="182"/>
        <source>Your own template (.qpt)</source>
        <translation>Votre propre modèle (.qpt)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="182"/>
        <source>Overrides Page; see the help for the item ids it needs.</source>
        <translation>Remplace Page ; voir l'aide pour les identifiants d'éléments requis.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="186"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="151"/>
        <source>Empty: &apos;Site map&apos; in the chosen language.</source>
        <translation>Vide : « Carte du site » dans la langue choisie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="187"/>
        <source>Author / organisation</source>
        <translation>Auteur / organisation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="187"/>
        <source>Printed with the sources.</source>
        <translation>Imprimé avec les sources.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="189"/>
        <source>Map version</source>
        <translation>Version de la carte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="189"/>
        <source>Printed with the date, as the CCCM guide asks.</source>
        <translation>Imprimée avec la date, comme le demande le guide CCCM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="163"/>
        <source>Site map (PDF)</source>
        <translation>Carte du site (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="163"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="170"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="506"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="378"/>
        <source>The template {0} is not a valid .qpt file: {1} (line {2})</source>
        <translation>Le modèle {0} n'est pas un fichier .qpt valide : {1} (ligne {2})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="384"/>
        <source>The template {0} has no map item with the id &apos;main_map&apos;.</source>
        <translation>Le modèle {0} n'a pas d'élément carte avec l'identifiant « main_map ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="389"/>
        <source>The template has no item &apos;{0}&apos;; it is left out.</source>
        <translation>Le modèle n'a pas d'élément « {0} » ; il est omis.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="85"/>
        <source>Prints site maps (PDF, A3 or A4, French or English) with what the CCCM Site Mapping Guide asks for: legend, scale, inset, sources, summary figures and compliance.</source>
        <translation>Imprime des cartes de site (PDF, A3 ou A4, en français ou en anglais) avec ce que demande le guide de cartographie des sites CCCM : légende, échelle, carte de situation, sources, chiffres clés et conformité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="185"/>
        <source>Map language</source>
        <translation>Langue de la carte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="131"/>
        <source>Checks what the layers allow against the chosen standard ({0} by default; the figures below are its own): site area per person {1}; households within {2} of water and {3} of a toilet; people per functional toilet, by the chosen phase: {4} in an emergency, {5} in the medium term; water points within their capacity (per tap: {6}).</source>
        <translation>Vérifie ce que les couches permettent au regard de la norme choisie ({0} par défaut ; les valeurs ci-dessous sont les siennes) : surface du site par personne {1} ; ménages à moins de {2} de l'eau et de {3} d'une toilette ; personnes par toilette fonctionnelle, selon la phase choisie : {4} en urgence, {5} à moyen terme ; points d'eau dans les limites de leur capacité (par robinet : {6}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="153"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="153"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="153"/>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="153"/>
        <source>The people per toilet the compliance box checks: the profile&apos;s figure for the emergency or the medium-term phase.</source>
        <translation>Le nombre de personnes par toilette que vérifie l'encadré de conformité : la valeur du profil pour la phase d'urgence ou pour la phase de moyen terme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="266"/>
        <source>The site layer &apos;{0}&apos; (SITE) has no site polygon to print ({1} feature(s), none with a usable polygon): give a layer with at least one site polygon.</source>
        <translation>La couche des sites « {0} » (SITE) n'a aucun polygone de site à imprimer ({1} entité(s), aucune avec un polygone utilisable) : fournissez une couche contenant au moins un polygone de site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="285"/>
        <source>The PDF {0} could not be written: {1}. Check that its folder is writable, that the file is not open in another program (a PDF viewer locks it on Windows) and that the disk has room, or choose another file (OUTPUT).</source>
        <translation>Le PDF {0} n'a pas pu être écrit : {1}. Vérifiez que son dossier est accessible en écriture, que le fichier n'est pas ouvert dans un autre programme (une visionneuse PDF le verrouille sous Windows) et que le disque a de la place, ou choisissez un autre fichier (OUTPUT).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="313"/>
        <source>the file could not be created or written</source>
        <translation>le fichier n'a pas pu être créé ou écrit</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="315"/>
        <source>not enough memory to render the pages</source>
        <translation>mémoire insuffisante pour le rendu des pages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="317"/>
        <source>the PDF writer failed</source>
        <translation>le pilote d'écriture PDF a échoué</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="318"/>
        <source>the atlas has no page to print</source>
        <translation>l'atlas n'a aucune page à imprimer</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="320"/>
        <source>the export was cancelled</source>
        <translation>l'export a été annulé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="321"/>
        <source>QGIS gave no reason (result code {0})</source>
        <translation>QGIS n'a donné aucun motif (code de résultat {0})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="399"/>
        <source>The template {0} (TEMPLATE_FILE) does not exist: give the path of a .qpt file saved from a QGIS print layout (Layout &gt; Save as Template), or leave it empty to use the Page chosen.</source>
        <translation>Le modèle {0} (TEMPLATE_FILE) n'existe pas : indiquez le chemin d'un fichier .qpt enregistré depuis une mise en page QGIS (Mise en page &gt; Enregistrer comme modèle), ou laissez ce paramètre vide pour utiliser la Page choisie.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="404"/>
        <source>The template {0} (TEMPLATE_FILE) is not UTF-8 text (byte {1} cannot be read): it is not a QGIS .qpt file, or was re-saved in another encoding. Save the template again from QGIS (Layout &gt; Save as Template) and run again.</source>
        <translation>Le modèle {0} (TEMPLATE_FILE) n'est pas du texte UTF-8 (l'octet {1} est illisible) : ce n'est pas un fichier .qpt de QGIS, ou il a été réenregistré dans un autre encodage. Enregistrez de nouveau le modèle depuis QGIS (Mise en page &gt; Enregistrer comme modèle) et relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="409"/>
        <source>The template {0} (TEMPLATE_FILE) cannot be read ({1}): check that it is a file you may read, not a folder.</source>
        <translation>Le modèle {0} (TEMPLATE_FILE) ne peut pas être lu ({1}) : vérifiez que c'est un fichier que vous avez le droit de lire, et non un dossier.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="106"/>
        <source>A3 landscape (default) or A4 portrait from resources/layouts, or your own .qpt: it must have items with the ids main_map, inset_map, title, site_name, edition, summary, compliance, sources, crs_coordinates, legend, scalebar and north_arrow (missing ones are skipped with a warning; scale_text, notes and logos are optional). The map is drawn in the UTM zone of the sites, at the smallest round scale that shows the whole site. On the plugin&apos;s templates every frame is computed from what it holds: the legend takes the largest text and fewest columns that fit, and what does not fit goes on a second page per site; your own template keeps its frames, only the legend is fitted to its own.</source>
        <translation>A3 paysage (par défaut) ou A4 portrait tirés de resources/layouts, ou votre propre .qpt : il doit avoir des éléments d'identifiants main_map, inset_map, title, site_name, edition, summary, compliance, sources, crs_coordinates, legend, scalebar et north_arrow (les éléments manquants sont omis avec un avertissement ; scale_text, notes et logos sont facultatifs). La carte est dessinée dans la zone UTM des sites, à la plus petite échelle ronde qui montre tout le site. Sur les modèles du plugin, chaque cadre est calculé d'après ce qu'il contient : la légende prend le plus grand texte et le moins de colonnes qui tiennent, et ce qui ne tient pas va sur une seconde page par site ; votre propre modèle garde ses cadres, seule la légende est ajustée au sien.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="116"/>
        <source>CCCM elements</source>
        <translation>Éléments CCCM</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="116"/>
        <source>Each page carries the title and &apos;Mali - region - site&apos;, the version and the date it was updated, the sharing restriction and &apos;For humanitarian purposes only&apos;, the data sources (each layer&apos;s file and its date), the coordinate system and the site&apos;s coordinates, the contact, the limits of accuracy, a slot for logos, a scale bar with the numeric scale and a north arrow.</source>
        <translation>Chaque page porte le titre et « Mali - région - site », la version et la date de mise à jour, la restriction de diffusion et « À usage humanitaire uniquement », les sources des données (le fichier de chaque couche et sa date), le système de coordonnées et les coordonnées du site, le contact, les limites de précision, un emplacement pour les logos, une barre d'échelle avec l'échelle numérique et une flèche du nord.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="191"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="191"/>
        <source>Who to ask about the map (name, e-mail or phone), printed as the CCCM guide asks.</source>
        <translation>Qui contacter au sujet de la carte (nom, e-mail ou téléphone), imprimé comme le demande le guide CCCM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="193"/>
        <source>Sharing</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="193"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="193"/>
        <source>Humanitarian partners only</source>
        <translation>Partenaires humanitaires uniquement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="193"/>
        <source>Internal use only</source>
        <translation>Usage interne uniquement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="193"/>
        <source>The sharing restriction printed on the map, beside &apos;For humanitarian purposes only&apos;.</source>
        <translation>La restriction de diffusion imprimée sur la carte, à côté de « À usage humanitaire uniquement ».</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="196"/>
        <source>Logos (image)</source>
        <translation>Logos (image)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="196"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="196"/>
        <source>One image with the organisations&apos; logos, printed in the top right corner.</source>
        <translation>Une image avec les logos des organisations, imprimée dans le coin supérieur droit.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="158"/>
        <source>GeoPDF (for Avenza Maps and other field apps)</source>
        <translation>GeoPDF (pour Avenza Maps et d'autres applications de terrain)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="158"/>
        <source>Also writes one GeoPDF per site beside the PDF (name_site_01.pdf...): the page&apos;s map georeferenced and its layers in the PDF&apos;s layer list, so a phone app such as Avenza Maps shows where you stand on the printed map.</source>
        <translation>Écrit aussi un GeoPDF par site à côté du PDF (name_site_01.pdf...) : la carte de la page géoréférencée et ses couches dans la liste des calques du PDF, pour qu'une application de téléphone comme Avenza Maps montre où vous vous trouvez sur la carte imprimée.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="165"/>
        <source>Layers of the map (GeoPackage)</source>
        <translation>Couches de la carte (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="165"/>
        <source>GeoPackage files (*.gpkg)</source>
        <translation>Fichiers GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="165"/>
        <source>The site boundaries and every layer drawn on the map in one GeoPackage, to send with the PDF as the CCCM guide recommends.</source>
        <translation>Les limites du site et chaque couche dessinée sur la carte dans un seul GeoPackage, à envoyer avec le PDF comme le recommande le guide CCCM.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="209"/>
        <source>GeoPDF of each site (for Avenza Maps): {0}</source>
        <translation>GeoPDF de chaque site (pour Avenza Maps) : {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="215"/>
        <source>The GeoPackage {0} (OUTPUT_BUNDLE) could not be written ({1}): choose another file in a folder you may write to.</source>
        <translation>Le GeoPackage {0} (OUTPUT_BUNDLE) n'a pas pu être écrit ({1}) : choisissez un autre fichier dans un dossier où vous avez le droit d'écrire.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/mapping/algorithm.py" line="304"/>
        <source>The GeoPDF pages beside {0} could not be written: {1}. Run again without GeoPDF, or choose a folder you may write to (OUTPUT).</source>
        <translation>Les pages GeoPDF à côté de {0} n'ont pas pu être écrites : {1}. Relancez sans GeoPDF, ou choisissez un dossier où vous avez le droit d'écrire (OUTPUT).</translation>
    </message>
</context>
<context>
    <name>SiteLayout</name>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="78"/>
        <source>Site layout (Sphere / UNHCR)</source>
        <translation>Aménagement du site (Sphère / HCR)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="81"/>
        <source>Site planning</source>
        <translation>Planification des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="87"/>
        <source>site,plan,layout,plot,parcelle,camp,IDP,PDI,Sphere,UNHCR,HCR,firebreak,coupe-feu,block,bloc,capacity,capacité,shelter,abri</source>
        <translation>site,plan,aménagement,parcelle,camp,PDI,IDP,Sphère,Sphere,HCR,UNHCR,coupe-feu,bloc,capacité,abri</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="102"/>
        <source>Lays out a site for displaced households inside each site polygon: household plots in rows with paths, communities, blocks and sectors, roads and firebreaks, shelter footprints, water points, latrine blocks, a health post, schools, distribution points and markets, all to the chosen standard. It answers two questions: how many people can this land hold to standard, and what does the plan look like. One plan per site feature; outputs are in the site layer&apos;s CRS.</source>
        <translation>Établit le plan d'aménagement d'un site pour des ménages déplacés à l'intérieur de chaque polygone de site : parcelles de ménage en rangées desservies par des allées, communautés, blocs et secteurs, routes et coupe-feu, emprises des abris, points d'eau, blocs de latrines, un poste de santé, des écoles, des points de distribution et des marchés, le tout selon la norme choisie. L'algorithme répond à deux questions : combien de personnes ce terrain peut-il accueillir selon la norme, et à quoi ressemble le plan. Un plan par entité de site ; les sorties sont dans le SCR de la couche des sites.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="109"/>
        <source>Standard figures used (from the profile, with their source)</source>
        <translation>Valeurs de référence utilisées (tirées du profil, avec leur source)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="110"/>
        <source>How the plan is made</source>
        <translation>Comment le plan est établi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="229"/>
        <source>Plot size and capacity</source>
        <translation>Taille des parcelles et capacité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="229"/>
        <source>With PLOT_WIDTH and PLOT_DEPTH at 0, square plots are sized so that the usable area per person comes out at the standard&apos;s site_area_m2_per_person: the plan is laid out, measured and laid out again with resized plots, rounded up to 0.1 m, and grown until it complies. The capacity is the people on the household plots of the plan for the whole site; the report explains how it differs from site area / m2 per person (setback and excluded land, whole plots only, plots taken by facilities). Given plot sizes are kept as they are and the area check says whether they comply. A shelter footprint of covered_area_m2_per_person x household size stands in the middle of each household plot, at least shelter_spacing_m from the plot edges.</source>
        <translation>Avec PLOT_WIDTH et PLOT_DEPTH à 0, des parcelles carrées sont dimensionnées pour que la surface utile par personne atteigne la valeur site_area_m2_per_person de la norme : le plan est tracé, mesuré puis retracé avec des parcelles redimensionnées, arrondies au 0,1 m supérieur et agrandies jusqu'à ce que le plan soit conforme. La capacité est le nombre de personnes sur les parcelles de ménage du plan couvrant tout le site ; le rapport explique en quoi elle diffère de la superficie du site / m² par personne (marge de recul et terrain exclu, parcelles entières uniquement, parcelles occupées par les équipements). Les tailles de parcelle données sont conservées telles quelles et le contrôle de surface indique si elles sont conformes. Une emprise d'abri de covered_area_m2_per_person x taille du ménage est placée au milieu de chaque parcelle de ménage, à au moins shelter_spacing_m des bords de la parcelle.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="261"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="261"/>
        <source>POPULATION 0 (and no population field) plans the site for its full capacity. Otherwise the plan takes whole communities, block by block, nearest the entrance (or the middle of the site) until the people fit, with facilities for them; the rest of the land is left over for later. When the site is too small, the plan holds what fits and unplaced_people says how many are left, with a message.</source>
        <translation>POPULATION à 0 (sans champ de population) aménage le site pour sa pleine capacité. Sinon, le plan prend des communautés entières, bloc par bloc, au plus près de l'entrée (ou du centre du site) jusqu'à ce que toutes les personnes soient installées, avec les équipements correspondants ; le reste du terrain demeure en reliquat pour plus tard. Lorsque le site est trop petit, le plan accueille ce qui tient et unplaced_people indique combien de personnes restent, avec un message.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="285"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="544"/>
        <source>Site boundaries</source>
        <translation>Limites des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="323"/>
        <source>One polygon per site; each gets its own plan (holes such as cemeteries are left out).</source>
        <translation>Un polygone par site ; chacun reçoit son propre plan (les trous, comme les cimetières, sont laissés de côté).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="327"/>
        <source>Site identifier field</source>
        <translation>Champ d'identifiant du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="327"/>
        <source>Written as site_id on every output; empty: the feature id.</source>
        <translation>Écrit dans site_id sur chaque sortie ; vide : l'identifiant de l'entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="331"/>
        <source>Population to place (0: plan for the site&apos;s capacity)</source>
        <translation>Population à installer (0 : plan pour la capacité du site)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="331"/>
        <source>People to place on each site; 0 plans each site for its full capacity. A population field, when given, wins for the sites where it has a value.</source>
        <translation>Personnes à installer sur chaque site ; 0 aménage chaque site pour sa pleine capacité. Un champ de population, s'il est indiqué, l'emporte pour les sites où il a une valeur.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="336"/>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="336"/>
        <source>People to place on each site (for example &apos;individuals&apos; of a DTM site list).</source>
        <translation>Personnes à installer sur chaque site (par exemple « individuals » d'une liste de sites DTM).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="340"/>
        <source>Household size (people; 0: the standard&apos;s)</source>
        <translation>Taille du ménage (personnes ; 0 : celle de la norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="347"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="347"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="347"/>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="353"/>
        <source>Plot width (m; 0: derived from the standard)</source>
        <translation>Largeur des parcelles (m ; 0 : déduite de la norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="353"/>
        <source>Plot frontage along the rows; 0 derives square plots so the usable area per person comes out at site_area_m2_per_person.</source>
        <translation>Façade des parcelles le long des rangées ; 0 calcule des parcelles carrées pour que la surface utile par personne atteigne site_area_m2_per_person.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="356"/>
        <source>Plot depth (m; 0: derived from the standard)</source>
        <translation>Profondeur des parcelles (m ; 0 : déduite de la norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="356"/>
        <source>Plot depth across the rows; 0 derives it like the width.</source>
        <translation>Profondeur des parcelles perpendiculairement aux rangées ; 0 la calcule comme la largeur.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="358"/>
        <source>Road width between blocks (m; 0: the standard&apos;s)</source>
        <translation>Largeur des routes entre les blocs (m ; 0 : celle de la norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="362"/>
        <source>Path width between plot rows (m)</source>
        <translation>Largeur des allées entre les rangées (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="362"/>
        <source>A design choice, not a standard figure: the footpath in front of the plots, between two row pairs.</source>
        <translation>Un choix de conception, pas une valeur de la norme : l'allée piétonne devant les parcelles, entre deux paires de rangées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="371"/>
        <source>Setback from the boundary (m)</source>
        <translation>Marge de recul depuis la limite (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="371"/>
        <source>A design choice, not a standard figure: the strip along the site boundary kept free (drainage, fence, perimeter path).</source>
        <translation>Un choix de conception, pas une valeur de la norme : la bande laissée libre le long de la limite du site (drainage, clôture, chemin périphérique).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="374"/>
        <source>Azimuth of the rows, clockwise from grid north (90: east-west rows); -1 follows the long side of each site.</source>
        <translation>Azimut des rangées, dans le sens horaire depuis le nord du quadrillage (90 : rangées est-ouest) ; -1 suit le grand côté de chaque site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="388"/>
        <source>Exclusions (wadis, cemeteries, fields, buildings)</source>
        <translation>Exclusions (oueds, cimetières, champs, bâtiments)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="388"/>
        <source>Land not to build on.</source>
        <translation>Terrains à ne pas bâtir.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="392"/>
        <source>Flood depth raster</source>
        <translation>Raster de hauteur d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="392"/>
        <source>Flood depth in metres (band 1); flood-prone cells are not built on.</source>
        <translation>Hauteur d'eau en mètres (bande 1) ; on ne construit pas sur les cellules inondables.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="395"/>
        <source>Wet threshold (m)</source>
        <translation>Seuil d'inondation (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="400"/>
        <source>Elevation model (DEM)</source>
        <translation>Modèle numérique de terrain (MNT)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="405"/>
        <source>Maximum slope (%; 0: the standard&apos;s)</source>
        <translation>Pente maximale (% ; 0 : celle de la norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="605"/>
        <source>Existing roads</source>
        <translation>Routes existantes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Shelter footprints</source>
        <translation>Emprises des abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Roads and paths</source>
        <translation>Routes et allées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Firebreaks</source>
        <translation>Coupe-feu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Land not used</source>
        <translation>Terrain non utilisé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="426"/>
        <source>Layout report</source>
        <translation>Rapport d'aménagement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="426"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>Capacity to standard (people)</source>
        <translation>Capacité selon la norme (personnes)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>People planned</source>
        <translation>Personnes installées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>People not placed</source>
        <translation>Personnes non installées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>Household plots</source>
        <translation>Parcelles des ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>Usable area (m2)</source>
        <translation>Surface utile (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>Usable area per person (m2)</source>
        <translation>Surface utile par personne (m²)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>Sites planned</source>
        <translation>Sites aménagés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="438"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="500"/>
        <source>The site layer has no features: give at least one site polygon.</source>
        <translation>La couche des sites n'a aucune entité : fournissez au moins un polygone de site.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="508"/>
        <source>Site {0}: no usable polygon, skipped</source>
        <translation>Site {0} : aucun polygone utilisable, ignoré</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="531"/>
        <source>Site {0}: no valid value in &apos;{1}&apos;; POPULATION ({2}) is used</source>
        <translation>Site {0} : aucune valeur valide dans « {1} » ; POPULATION ({2}) est utilisée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="518"/>
        <source>No site has a usable polygon: check the geometries of the site layer.</source>
        <translation>Aucun site n'a de polygone utilisable : vérifiez les géométries de la couche des sites.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="603"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="587"/>
        <source>Site {0}: planning in {1}</source>
        <translation>Site {0} : planification dans le SCR {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="614"/>
        <source>Capacity {0} people; planned {1}; not placed {2}</source>
        <translation>Capacité : {0} personnes ; installées : {1} ; non installées : {2}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="374"/>
        <source>Orientation of the plot rows (degrees from grid north; -1: auto)</source>
        <translation>Orientation des rangées de parcelles (degrés depuis le nord du quadrillage ; -1 : auto)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="91"/>
        <source>Lays out a site to Sphere or UNHCR standards inside its boundary: plots, roads, firebreaks, blocks, WASH and services, avoiding flood-prone and excluded land; gives its capacity.</source>
        <translation>Dessine le plan d'un site selon les normes Sphère ou HCR dans ses limites : parcelles, routes, coupe-feu, blocs, EHA et services, en évitant les terrains inondables et exclus ; donne sa capacité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="169"/>
        <source>Every figure comes from the standards profile (resources/standards/*.json) and is cited with its source in the report. The default profile, {title}: usable site area {site_area_m2_per_person} (site_area_m2_per_person), covered living space {covered_area_m2_per_person} (covered_area_m2_per_person), {shelter_spacing_m} between shelters (shelter_spacing_m), a firebreak of {firebreak_width_m} (firebreak_width_m) with built-up stretches of {firebreak_spacing_m} between them (firebreak_spacing_m); household to water point {max_distance_to_water_m} and {people_per_tap} per tap; household to toilet {max_distance_to_toilet_m}, {people_per_toilet_emergency} per toilet in an emergency and {people_per_toilet_medium_term} in the medium term, {female_to_male_toilet_ratio}, toilets {min_distance_toilet_to_water_m} from a water point. Borrowed from the UNHCR profile where Sphere sets none: {cluster_spacing_m} between communities (cluster_spacing_m) and {block_spacing_m} between blocks (block_spacing_m), maximum slope {max_slope_pct}, modular planning of {households_per_community} per community, {communities_per_block} per block and {blocks_per_sector} per sector, one health post per {people_per_health_centre}, one school per {people_per_school}, one market per {people_per_market}, one distribution point per {people_per_distribution_point}. The UNHCR profile changes the water figures: water point {unhcr_water}, {unhcr_tap} per tap. A figure on the threshold follows the standard&apos;s comparison (a distance of exactly {water_value} m fails &apos;{max_distance_to_water_m}&apos;). [secondary] and [unverified] mark figures read from a secondary source or not found in any text. Your own profile file replaces all of these.</source>
        <translation>Chaque valeur de référence provient du profil de normes (resources/standards/*.json) et est citée avec sa source dans le rapport. Le profil par défaut, {title} : surface utile du site {site_area_m2_per_person} (site_area_m2_per_person), surface couverte habitable {covered_area_m2_per_person} (covered_area_m2_per_person), {shelter_spacing_m} entre les abris (shelter_spacing_m), des coupe-feu de {firebreak_width_m} (firebreak_width_m) séparés par des étendues bâties de {firebreak_spacing_m} (firebreak_spacing_m) ; du ménage au point d'eau {max_distance_to_water_m} et {people_per_tap} par robinet ; du ménage à la toilette {max_distance_to_toilet_m}, {people_per_toilet_emergency} par toilette en urgence et {people_per_toilet_medium_term} à moyen terme, {female_to_male_toilet_ratio}, toilettes à {min_distance_toilet_to_water_m} d'un point d'eau. Empruntées au profil du HCR là où Sphère n'en fixe pas : {cluster_spacing_m} entre les communautés (cluster_spacing_m) et {block_spacing_m} entre les blocs (block_spacing_m), pente maximale {max_slope_pct}, planification modulaire de {households_per_community} par communauté, {communities_per_block} par bloc et {blocks_per_sector} par secteur, un poste de santé pour {people_per_health_centre}, une école pour {people_per_school}, un marché pour {people_per_market}, un point de distribution pour {people_per_distribution_point}. Le profil du HCR modifie les valeurs relatives à l'eau : point d'eau {unhcr_water}, {unhcr_tap} par robinet. Une valeur située exactement sur le seuil suit la comparaison de la norme (une distance d'exactement {water_value} m ne respecte pas « {max_distance_to_water_m} »). [secondary] et [unverified] signalent les valeurs lues dans une source secondaire ou introuvables dans tout texte. Votre propre fichier de profil remplace toutes ces valeurs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="340"/>
        <source>People per plot; 0 takes people_per_household of the profile ({0} in the default profile; DTM Mali reports 5-6).</source>
        <translation>Personnes par parcelle ; 0 utilise people_per_household du profil ({0} dans le profil par défaut ; la DTM Mali indique 5 à 6).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="347"/>
        <source>Latrine cubicles: people_per_toilet_emergency ({0} in the default profile) or people_per_toilet_medium_term ({1}) people per toilet.</source>
        <translation>Cabines de latrine : people_per_toilet_emergency ({0} dans le profil par défaut) ou people_per_toilet_medium_term ({1}) personnes par toilette.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="358"/>
        <source>Width of the primary roads between blocks; 0 takes block_spacing_m of the profile ({0} in the default profile).</source>
        <translation>Largeur des routes principales entre les blocs ; 0 utilise block_spacing_m du profil ({0} dans le profil par défaut).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="405"/>
        <source>0 takes max_slope_pct of the profile ({0} in the default profile).</source>
        <translation>0 utilise max_slope_pct du profil ({0} dans le profil par défaut).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="514"/>
        <source>Site {0}: no population to place (0): planned for its full capacity</source>
        <translation>Site {0} : aucune population à installer (0) : plan établi pour sa pleine capacité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="525"/>
        <source>Feature ids of the site layer</source>
        <translation>Identifiants des entités de la couche des sites</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="123"/>
        <source>Circulation and entrances</source>
        <translation>Circulation et entrées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="408"/>
        <source>The entrances go in the middle of the side of the site facing these roads.</source>
        <translation>Les entrées sont placées au milieu du côté du site donnant sur ces routes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Circulation centrelines (PATHS for washcoverage)</source>
        <translation>Axes de circulation (PATHS pour washcoverage)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="429"/>
        <source>Checks the plans fail</source>
        <translation>Contrôles que les plans ne respectent pas</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="395"/>
        <source>A cell is flood-prone when its depth is above this value; the default is the standards profile&apos;s {0}.</source>
        <translation>Une cellule est inondable quand sa hauteur d'eau dépasse cette valeur ; par défaut, la valeur de référence du profil de normes : {0}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="442"/>
        <source>Check: {0} (pass, fail or n/a)</source>
        <translation>Contrôle : {0} (pass, fail ou n/a)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="618"/>
        <source>meets the standard</source>
        <translation>conforme à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="618"/>
        <source>does not meet the standard</source>
        <translation>non conforme à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="621"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="110"/>
        <source>Buildable land is the site minus the setback ring, the exclusions, the hazard raster&apos;s cells deeper than the wet threshold and the DEM&apos;s cells steeper than the maximum slope. The plan follows the site&apos;s long side (the minimum rotated rectangle), or the contours on sloping land (see Terrain and drains), unless an orientation is given. Plots stand back to back in row pairs with a path between row pairs, so every plot fronts a path or a lane; a community holds households_per_community plots, a block communities_per_block communities (fewer when they would not fit within the firebreak spacing); lanes of cluster_spacing_m separate communities, roads separate blocks, and a firebreak replaces the road wherever one more block would make a built-up stretch longer than the firebreak spacing, in both directions (the firebreak then carries the road). Only whole plots inside the buildable land are kept. Small sites get the part of this structure that fits: a few communities, not a broken block.</source>
        <translation>Le terrain constructible est le site moins la marge de recul le long de la limite, les exclusions, les cellules du raster d'aléa plus profondes que le seuil d'inondation et les cellules du MNT plus pentues que la pente maximale. Le plan suit le grand côté du site (le rectangle orienté minimal), ou les courbes de niveau sur un terrain en pente (voir Terrain et fossés de drainage), sauf si une orientation est donnée. Les parcelles sont adossées en paires de rangées avec une allée entre les paires de rangées, de sorte que chaque parcelle donne sur une allée ou une ruelle ; une communauté compte households_per_community parcelles, un bloc communities_per_block communautés (moins quand elles ne tiendraient pas dans l'espacement des coupe-feu) ; des ruelles de cluster_spacing_m séparent les communautés, des routes séparent les blocs, et un coupe-feu remplace la route partout où un bloc de plus rendrait une étendue bâtie plus longue que l'espacement des coupe-feu, dans les deux directions (le coupe-feu porte alors la route). Seules les parcelles entières situées dans le terrain constructible sont conservées. Les petits sites reçoivent la partie de cette structure qui y tient : quelques communautés, et non un bloc tronqué.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="145"/>
        <source>Terrain and drains (with a DEM)</source>
        <translation>Terrain et fossés de drainage (avec un MNT)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="145"/>
        <source>The fall of the buildable land is the mean of the DEM&apos;s gradient over its cells. Where it is at least the ideal minimum slope {ideal_min} (slope_ideal_min_pct; below it the land is flat for drainage) and no orientation is given, the plot rows and the roads along them follow the contours, across the fall; otherwise they follow the site&apos;s long side; the messages say which and why. OUTPUT_DRAINS holds a drain along every primary and secondary road, drawn from its high end to its low end on the DEM (kind roadside, or collector where it takes water from another drain; length_m, fall_m, slope_pct), joined along the roads, without climbing, to the nearest outfall: the low points of the site boundary, each reached by an outfall drain (outfall_id). Drains that cannot reach one without climbing (a hollow, level land) keep no outfall_id and a message counts them. Without a DEM there are no drains (falls are never invented) and a message says a DEM is needed. OUTPUT_BLOCKS gets mean_slope_pct and max_slope_pct of the DEM cells in each block and slope_class: ideal (mean within {ideal_min} and {ideal_max}, slope_ideal_max_pct), below_ideal, above_ideal, or too_steep (a cell beyond max_slope_pct {max_slope}); the report lists the blocks outside the ideal range.</source>
        <translation>La pente du terrain constructible est la moyenne du gradient du MNT sur ses cellules. Là où elle atteint au moins la pente minimale idéale {ideal_min} (slope_ideal_min_pct ; en dessous, le terrain est plat pour le drainage) et qu'aucune orientation n'est donnée, les rangées de parcelles et les routes qui les longent suivent les courbes de niveau, en travers de la pente ; sinon elles suivent le grand côté du site ; les messages indiquent lequel des deux et pourquoi. OUTPUT_DRAINS contient un fossé le long de chaque route principale et secondaire, tracé de son extrémité haute à son extrémité basse sur le MNT (kind roadside, ou collector là où il reçoit l'eau d'un autre fossé ; length_m, fall_m, slope_pct), raccordé le long des routes, sans remonter, à l'exutoire le plus proche : les points bas de la limite du site, chacun atteint par un fossé d'exutoire (outfall_id). Les fossés qui ne peuvent en atteindre aucun sans remonter (un creux, un terrain plat) restent sans outfall_id et un message les compte. Sans MNT, il n'y a pas de fossés (aucune pente n'est inventée) et un message indique qu'un MNT est nécessaire. OUTPUT_BLOCKS reçoit mean_slope_pct et max_slope_pct des cellules du MNT de chaque bloc, et slope_class : ideal (moyenne entre {ideal_min} et {ideal_max}, slope_ideal_max_pct), below_ideal, above_ideal ou too_steep (une cellule au-delà de max_slope_pct, {max_slope}) ; le rapport liste les blocs hors de la plage idéale.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="198"/>
        <source>The zoning rules are the profile&apos;s &apos;zoning&apos; object: accepted practice (UNHCR site planning, CCCM toolkit) whose distances no source gives, so each is a design default marked [unverified]; edit them in your own profile. Near the first entrance (the middle of the side facing ROADS) and within {max_distance_gate_services_to_primary_m} of the primary road: a reception and registration area ({reception_area_m2}), the markets and distribution points (within {max_distance_market_to_entrance_m} and {max_distance_distribution_to_entrance_m} of an entrance) and the administration ({administration_area_m2}). Health posts at the centre of their share of the households, {min_distance_health_to_flood_m} from flood-prone land and within {max_distance_health_to_vehicle_road_m} of a primary or secondary road. Schools and child-friendly spaces (one per {people_per_child_friendly_space}) in quiet zones, {min_distance_school_to_busy_m} from the gate services and {min_distance_school_to_primary_m} from the primary road; a women&apos;s safe space (one per {people_per_womens_safe_space}) within {max_distance_safe_space_to_services_m} of a health post, school or distribution point. These lots shrink with the people they serve. An extension reserve of {extension_reserve_pct}: beside a plan for fewer people than the site holds, else the plots farthest from the gate. Every community has a washing plot with bathing cubicles (one per {people_per_bathing_facility}, female and male), laundry slabs (one per {people_per_laundry_facility}) and 100 L refuse bins (one per {people_per_refuse_bin}), sized to the households nearest them. Schools, health posts, markets and reception areas have their own toilets (Sphere Appendix 4): one per {pupils_per_toilet_girls} girls and {pupils_per_toilet_boys} boys (pupils: {school_age_pct} of the people a school serves), per {outpatients_per_toilet} outpatients a day ({consultations_per_person_year} a year), per {stalls_per_toilet} market stalls (one per {people_per_market_stall}), per {people_per_reception_toilet} arrivals a day ({reception_people_per_day}). Where no plot meets a rule the service takes the best plot left; every rule and ratio is a check measured on the plan.</source>
        <translation>Les règles de zonage sont l'objet « zoning » du profil : des pratiques admises (planification des sites du HCR, boîte à outils CCCM) dont aucune source ne donne les distances, si bien que chacune est une valeur de conception par défaut marquée [unverified] ; modifiez-les dans votre propre profil. Près de la première entrée (le milieu du côté donnant sur ROADS) et à moins de {max_distance_gate_services_to_primary_m} de la route principale : une aire d'accueil et d'enregistrement ({reception_area_m2}), les marchés et les points de distribution (à moins de {max_distance_market_to_entrance_m} et de {max_distance_distribution_to_entrance_m} d'une entrée) et l'administration ({administration_area_m2}). Les postes de santé au centre de leur part des ménages, à au moins {min_distance_health_to_flood_m} des zones inondables et à moins de {max_distance_health_to_vehicle_road_m} d'une route principale ou secondaire. Les écoles et les espaces amis des enfants (un pour {people_per_child_friendly_space}) dans des zones calmes, à au moins {min_distance_school_to_busy_m} des services de l'entrée et {min_distance_school_to_primary_m} de la route principale ; un espace sûr pour les femmes (un pour {people_per_womens_safe_space}) à moins de {max_distance_safe_space_to_services_m} d'un poste de santé, d'une école ou d'un point de distribution. Ces emplacements se réduisent avec les personnes qu'ils desservent. Une réserve d'extension de {extension_reserve_pct} : à côté d'un plan pour moins de personnes que le site n'en accueille, sinon les parcelles les plus éloignées de l'entrée. Chaque communauté a une parcelle de lavage avec des cabines de douche (une pour {people_per_bathing_facility}, femmes et hommes), des aires de lessive (une pour {people_per_laundry_facility}) et des poubelles de 100 L (une pour {people_per_refuse_bin}), dimensionnées pour les ménages les plus proches. Les écoles, les postes de santé, les marchés et les aires d'accueil ont leurs propres toilettes (Sphère, annexe 4) : une cabine pour {pupils_per_toilet_girls} filles et une pour {pupils_per_toilet_boys} garçons (élèves : {school_age_pct} des personnes que dessert une école), une pour {outpatients_per_toilet} patients externes par jour ({consultations_per_person_year} par an), une pour {stalls_per_toilet} étals de marché (un étal pour {people_per_market_stall}), une pour {people_per_reception_toilet} arrivées par jour ({reception_people_per_day}). Là où aucune parcelle ne satisfait une règle, le service prend la meilleure parcelle restante ; chaque règle et chaque ratio est un contrôle mesuré sur le plan.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="260"/>
        <source>Zoning and the rest of the programme</source>
        <translation>Zonage et reste du programme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="267"/>
        <source>Alternatives</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="267"/>
        <source>ALTERNATIVES above 1 plans that many variants of each site in full (each takes the time of one plan) and keeps the best. The variants change, in this order (one thing changed before two): the orientation of the rows (perpendicular to the automatic or given ORIENTATION, then 45, 135, 22.5... degrees from it), the communities per block (three quarters and half of communities_per_block, never more) and the place of the entrances along the side facing the road (a sixth of each gate&apos;s share of the side before or after its middle). Score, in people: people housed x (share of the households within max_distance_to_water_m of a water point and max_distance_to_toilet_m of a latrine block, both along OUTPUT_PATHS - metres of primary and secondary road per person / {0}). People housed come first, since housing people is what the land is for; a household beyond the walking distances counts for nothing; every {0} m of vehicle road (to build, drain and keep up) costs one person housed to standard, so of two plans that house and serve as many, the one with less road wins. Kept: the variant that fails the fewest checks against the standard (a standard is not traded for people or road), then the highest score; of equal ones the first listed, so the default plan stays unless another is better. The report shows every variant side by side; the result &apos;alternative&apos; describes the one kept.</source>
        <translation>ALTERNATIVES supérieur à 1 établit autant de variantes complètes de chaque site (chacune prend le temps d'un plan) et garde la meilleure. Les variantes changent, dans cet ordre (un seul élément changé avant deux) : l'orientation des rangées (perpendiculaire à l'ORIENTATION automatique ou donnée, puis à 45°, 135°, 22,5°... de celle-ci), les communautés par bloc (les trois quarts et la moitié de communities_per_block, jamais plus) et la place des entrées le long du côté donnant sur la route (un sixième de la part du côté de chaque entrée, avant ou après son milieu). Score, en personnes : personnes logées x (part des ménages à moins de max_distance_to_water_m d'un point d'eau et de max_distance_to_toilet_m d'un bloc de latrines, les deux le long des chemins OUTPUT_PATHS - mètres de routes principales et secondaires par personne / {0}). Les personnes logées passent en premier, puisque loger des personnes est la raison d'être du terrain ; un ménage au-delà des distances à pied ne compte pour rien ; chaque tranche de {0} m de route carrossable (à construire, drainer et entretenir) coûte une personne logée selon la norme, si bien que de deux plans qui logent et desservent autant de personnes, celui qui a le moins de route l'emporte. Retenue : la variante qui compte le moins de contrôles non respectés par rapport à la norme (une norme ne s'échange pas contre des personnes ou de la route), puis le score le plus élevé ; à égalité, la première de la liste, de sorte que le plan par défaut reste sauf si une autre variante est meilleure. Le rapport présente toutes les variantes côte à côte ; le résultat « alternative » décrit celle qui est retenue.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="285"/>
        <source>Plots (plot_id, community_id, block_id, sector_id, households, people, use: household, vacant, water_point, latrine_block, health_post, school, distribution_point, market, reception, administration, child_friendly_space, womens_safe_space, extension_reserve, bathing_laundry); shelters; blocks; roads (road_class: primary, secondary, lane, path, entrance); circulation centrelines (lines); drains (lines, with a DEM); firebreaks; facilities (points: facility_id, kind: water_point, latrine_block, health_post, school, distribution_point, market, entrance, reception, administration, child_friendly_space, womens_safe_space, extension_reserve, bathing_facility, laundry_facility, refuse_point, institution_toilet (its facility_id is T and the institution&apos;s); capacity, people_served, cubicles, female_cubicles, male_cubicles, gender, water_type, plots, taps, block, handwashing, lighting, units: laundry slabs or refuse bins); excluded land (reason: setback, exclusion, flood, slope, leftover); an HTML report in French or English. Results: capacity_people, planned_people, unplaced_people, plots, usable_area_m2, area_per_person_m2, checks_failed (checks the plans fail, all sites) and check_&lt;figure&gt; = pass, fail (when any site fails) or n/a (not checked, e.g. the slope without a DEM) for every standard figure; walking_distance_* and max_distance_to_entrance_m are measured along OUTPUT_PATHS.</source>
        <translation>Parcelles (plot_id, community_id, block_id, sector_id, households, people, use : household, vacant, water_point, latrine_block, health_post, school, distribution_point, market, reception, administration, child_friendly_space, womens_safe_space, extension_reserve, bathing_laundry) ; abris ; blocs ; routes (road_class : primary, secondary, lane, path, entrance) ; axes de circulation (lignes) ; fossés de drainage (lignes, avec un MNT) ; coupe-feu ; équipements (points : facility_id, kind : water_point, latrine_block, health_post, school, distribution_point, market, entrance, reception, administration, child_friendly_space, womens_safe_space, extension_reserve, bathing_facility, laundry_facility, refuse_point, institution_toilet (son facility_id est T suivi de celui de l'établissement) ; capacity, people_served, cubicles, female_cubicles, male_cubicles, gender, water_type, plots, taps, block, handwashing, lighting, units : aires de lessive ou poubelles) ; terrain exclu (reason : setback, exclusion, flood, slope, leftover) ; un rapport HTML en français ou en anglais. Résultats : capacity_people, planned_people, unplaced_people, plots, usable_area_m2, area_per_person_m2, checks_failed (contrôles que les plans ne respectent pas, tous sites confondus) et check_&lt;figure&gt; = pass, fail (quand au moins un site échoue) ou n/a (non contrôlé, par exemple la pente sans MNT) pour chaque valeur de référence ; walking_distance_* et max_distance_to_entrance_m sont mesurées le long des chemins OUTPUT_PATHS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="365"/>
        <source>Taps per tapstand (at most)</source>
        <translation>Robinets par borne-fontaine (au plus)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="378"/>
        <source>Alternatives to compare per site</source>
        <translation>Variantes à comparer par site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="378"/>
        <source>Variants planned in full per site (1 to {0}), changing the orientation of the rows, the communities per block and the place of the entrances; the best by the score in the help is kept and the report compares them all. 1: the plan of the other parameters.</source>
        <translation>Variantes établies en entier par site (1 à {0}), en changeant l'orientation des rangées, les communautés par bloc et la place des entrées ; la meilleure selon le score décrit dans l'aide est retenue et le rapport les compare toutes. 1 : le plan défini par les autres paramètres.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="400"/>
        <source>Elevation in metres (band 1); cells steeper than the maximum slope are not built on, rows follow the contours where the land slopes, and drains are laid out along the roads to the low points of the boundary.</source>
        <translation>Altitude en mètres (bande 1) ; on ne construit pas sur les cellules plus pentues que la pente maximale, les rangées suivent les courbes de niveau là où le terrain est en pente, et les fossés de drainage sont tracés le long des routes jusqu'aux points bas de la limite.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="413"/>
        <source>Drains and outfalls (with a DEM)</source>
        <translation>Fossés de drainage et exutoires (avec un MNT)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="439"/>
        <source>Alternative chosen per site</source>
        <translation>Variante retenue par site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="239"/>
        <source>Tapstands and latrine blocks stand on plots reserved for them, placed against walking distances along the plan&apos;s own circulation (OUTPUT_PATHS), as malisites:washcoverage measures them with those paths. Every plot fronts a path, lane or road; on each such line, latrine blocks are set so that every household reaches one along it within the toilet distance, never nearer a tapstand than min_distance_toilet_to_water_m. The plan is then measured on its network: a block or tapstand is added where a household is still beyond a distance or a tapstand serves more than its taps may, and a household no block can reach moves to a vacant plot one reaches (else it is not housed and the capacity says so). Each latrine block is a female and a male compartment (two features at one point, gender female and male, as washcoverage reads them), the female one with the standard&apos;s female toilets per male toilet and each with the toilets the block&apos;s households need at the phase&apos;s people per toilet; one hand-washing and one lighting point per compartment (fields handwashing and lighting). A tapstand gets ceil(people it serves / people_per_tap) taps (field taps) up to TAPS_PER_TAPSTAND (more only where no plot it serves is min_distance_toilet_to_water_m from every latrine block to take another stand: the report says so); give washcoverage TAPS_FIELD=taps so it checks each stand against its taps. Health posts, schools, distribution points and markets: ceil(people / ratio) of each, each on a group of plots sized to the people it serves (a community&apos;s worth of plots when it serves the full ratio), placed by the zoning rules below.</source>
        <translation>Les bornes-fontaines et les blocs de latrines se trouvent sur des parcelles qui leur sont réservées, placées selon les distances à pied le long de la circulation du plan lui-même (OUTPUT_PATHS), comme malisites:washcoverage les mesure avec ces chemins. Chaque parcelle donne sur une allée, une ruelle ou une route ; sur chacune de ces lignes, les blocs de latrines sont placés de sorte que chaque ménage en atteigne un en la suivant dans la distance requise d'une toilette, jamais plus près d'une borne-fontaine que min_distance_toilet_to_water_m. Le plan est ensuite mesuré sur son réseau : un bloc ou une borne-fontaine est ajouté là où un ménage reste au-delà d'une distance ou là où une borne-fontaine dessert plus de personnes que ses robinets ne le permettent, et un ménage qu'aucun bloc ne peut atteindre est déplacé vers une parcelle libre qu'un bloc atteint (sinon il n'est pas logé et la capacité l'indique). Chaque bloc de latrines comprend un compartiment femmes et un compartiment hommes (deux entités en un même point, gender female et male, comme washcoverage les lit), celui des femmes avec le nombre de cabines femmes par cabine hommes de la norme et chacun avec les cabines dont les ménages du bloc ont besoin selon le nombre de personnes par cabine de la phase ; un point de lavage des mains et un point d'éclairage par compartiment (champs handwashing et lighting). Une borne-fontaine reçoit ceil(personnes desservies / people_per_tap) robinets (champ taps), jusqu'à TAPS_PER_TAPSTAND (davantage seulement là où aucune parcelle qu'elle dessert n'est à min_distance_toilet_to_water_m de tous les blocs de latrines pour accueillir une autre borne-fontaine : le rapport le signale) ; donnez TAPS_FIELD=taps à washcoverage pour qu'il contrôle chaque borne-fontaine par rapport à ses robinets. Postes de santé, écoles, points de distribution et marchés : ceil(personnes / ratio) de chaque type, chacun sur un groupe de parcelles dimensionné pour les personnes qu'il dessert (l'équivalent d'une communauté en parcelles lorsqu'il dessert le ratio complet), placé selon les règles de zonage ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="367"/>
        <source>A design choice, not a standard figure (no standard gives one): a tapstand gets ceil(people it serves / people_per_tap) taps, up to this many (more only where no plot it serves may take another stand; the report says so).</source>
        <translation>Un choix de conception, pas une valeur de la norme (aucune norme n'en donne) : une borne-fontaine reçoit ceil(personnes desservies / people_per_tap) robinets, au plus ce nombre (davantage seulement là où aucune parcelle qu'elle dessert ne peut accueillir une autre borne-fontaine ; le rapport le signale).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/layout/algorithm.py" line="123"/>
        <source>A primary road (primary_road_width_m) runs round the inside of every part of the buildable land, so the outer rows of plots front it; a plot that fronts no road, lane or path is not built. Entrances stand in the middle of the side of the site facing the existing roads (the longest side without ROADS), one more along that side while that brings the farthest household at least 10 % nearer and it is beyond max_distance_to_entrance_m along the paths. A part of the land cut off by a stream or an exclusion gets its own entrance where it fronts that side, else a crossing over the narrowest barrier to the rest (the messages say which). Where households are still beyond that distance from every entrance of that side, one more goes in the middle of the other side that brings them nearest (the messages name it: give it an access track). OUTPUT_PATHS holds the centrelines of all circulation (road_class primary, secondary, lane or path; kind loop, entrance, crossing, road, firebreak, lane or path; width_m), noded at every junction: give it to malisites:washcoverage as PATHS. Plots are kept min_distance_plot_to_flood_m from flood-prone land and latrine blocks min_distance_latrine_to_flood_m. Firebreaks stand only where a built-up stretch would pass firebreak_spacing_m; blocks are the land they cover.</source>
        <translation>Une route principale (primary_road_width_m) fait le tour intérieur de chaque partie du terrain constructible, de sorte que les rangées extérieures de parcelles donnent sur elle ; une parcelle qui ne donne sur aucune route, ruelle ou allée n'est pas construite. Les entrées se trouvent au milieu du côté du site donnant sur les routes existantes (le plus long côté sans ROADS), une de plus le long de ce côté tant que cela rapproche le ménage le plus éloigné d'au moins 10 % et qu'il se trouve au-delà de max_distance_to_entrance_m le long de la circulation. Une partie du terrain coupée par un cours d'eau ou une exclusion reçoit sa propre entrée là où elle donne sur ce côté, sinon un franchissement de l'obstacle le plus étroit vers le reste (les messages indiquent lequel). Là où des ménages restent au-delà de cette distance de toutes les entrées de ce côté, une de plus se place au milieu de l'autre côté qui les rapproche le plus (les messages la nomment : prévoyez-lui une piste d'accès). OUTPUT_PATHS contient les axes de toute la circulation (road_class primary, secondary, lane ou path ; kind loop, entrance, crossing, road, firebreak, lane ou path ; width_m), nœuds à chaque jonction : donnez-le à malisites:washcoverage comme PATHS. Les parcelles sont tenues à min_distance_plot_to_flood_m des zones inondables et les blocs de latrines à min_distance_latrine_to_flood_m. Les coupe-feu ne se trouvent que là où une étendue bâtie dépasserait firebreak_spacing_m ; les blocs sont le terrain qu'ils couvrent.</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="230"/>
        <source>Shelters: access to water and toilets</source>
        <translation>Abris : accès à l'eau et aux toilettes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="231"/>
        <source>Water points</source>
        <translation>Points d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="232"/>
        <source>Latrines</source>
        <translation>Latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="233"/>
        <source>Areas out of reach</source>
        <translation>Zones hors de portée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="234"/>
        <source>Suggested facilities</source>
        <translation>Infrastructures proposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Water and toilet within reach</source>
        <translation>Eau et toilette à portée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Toilet out of reach</source>
        <translation>Toilette hors de portée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Water out of reach</source>
        <translation>Eau hors de portée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Not assessed (no location)</source>
        <translation>Non évalué (sans localisation)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Water point, not functional</source>
        <translation>Point d'eau non fonctionnel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Water point overloaded</source>
        <translation>Point d'eau surchargé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Water point within capacity</source>
        <translation>Point d'eau, capacité respectée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Latrine, not functional</source>
        <translation>Latrine non fonctionnelle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Latrine too close to a water point</source>
        <translation>Latrine trop proche d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Latrine overloaded</source>
        <translation>Latrine surchargée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Latrine within capacity</source>
        <translation>Latrine, capacité respectée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Out of reach of water</source>
        <translation>Hors de portée d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Out of reach of a toilet</source>
        <translation>Hors de portée d'une toilette</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Suggested water point</source>
        <translation>Point d'eau proposé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Suggested latrine</source>
        <translation>Latrine proposée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="235"/>
        <source>Flood exposure of the sites</source>
        <translation>Exposition des sites aux inondations</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="236"/>
        <source>Transhumance corridors</source>
        <translation>Couloirs de transhumance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="237"/>
        <source>Corridor stretches by flood hazard class</source>
        <translation>Tronçons de couloir par classe d'aléa d'inondation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>unknown (nodata / outside the raster)</source>
        <translation>inconnu (sans données / hors du raster)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Water point</source>
        <translation>Point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Latrine block</source>
        <translation>Bloc de latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Health post</source>
        <translation>Poste de santé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Distribution point</source>
        <translation>Point de distribution</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Vacant plot</source>
        <translation>Parcelle libre</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Household plot (colour by block)</source>
        <translation>Parcelle de ménage (couleur par bloc)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Shelter</source>
        <translation>Abri</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Entrance road</source>
        <translation>Route d'accès</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Lane between communities</source>
        <translation>Ruelle entre les communautés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Path between plot rows</source>
        <translation>Allée entre les rangées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Firebreak</source>
        <translation>Coupe-feu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Setback along the boundary</source>
        <translation>Marge de recul le long de la limite</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Flood-prone land</source>
        <translation>Terrain inondable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Too steep</source>
        <translation>Pente trop forte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Buildable land left over</source>
        <translation>Reliquat de terrain constructible</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="238"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="239"/>
        <source>Shelter footprints</source>
        <translation>Emprises des abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="240"/>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="241"/>
        <source>Roads and paths</source>
        <translation>Routes et allées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="242"/>
        <source>Firebreaks</source>
        <translation>Coupe-feu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="243"/>
        <source>Facilities</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="244"/>
        <source>Land not used</source>
        <translation>Terrain non utilisé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Fewer than 500 people</source>
        <translation>Moins de 500 personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>500 to 2,000 people</source>
        <translation>500 à 2 000 personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>2,000 to 5,000 people</source>
        <translation>2 000 à 5 000 personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>5,000 people or more</source>
        <translation>5 000 personnes ou plus</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Population not given</source>
        <translation>Population non renseignée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Transhumance corridor</source>
        <translation>Couloir de transhumance</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="226"/>
        <source>{rank}: {name}</source>
        <translation>{rank} : {name}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Drainage line</source>
        <translation>Ligne de drainage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="246"/>
        <source>Drainage lines</source>
        <translation>Réseau de drainage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Primary road (loop, crossing)</source>
        <translation>Route principale (boucle, franchissement)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Secondary road between blocks</source>
        <translation>Route secondaire entre les blocs</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Primary road</source>
        <translation>Route principale</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Secondary road</source>
        <translation>Route secondaire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Lane</source>
        <translation>Ruelle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Path</source>
        <translation>Allée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Reception and registration</source>
        <translation>Accueil et enregistrement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Child-friendly space</source>
        <translation>Espace ami des enfants</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Women&apos;s safe space</source>
        <translation>Espace sûr pour les femmes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Bathing, laundry and refuse</source>
        <translation>Douches, lessive et déchets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Extension reserve</source>
        <translation>Réserve d'extension</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Bathing cubicles</source>
        <translation>Cabines de douche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Laundry slabs</source>
        <translation>Aires de lessive</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Refuse point</source>
        <translation>Point de collecte des déchets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Toilets of an institution</source>
        <translation>Toilettes d'un établissement</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Roadside drain</source>
        <translation>Fossé le long de la route</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Collector drain</source>
        <translation>Fossé collecteur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="17"/>
        <source>Outfall drain</source>
        <translation>Fossé d'exutoire</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/common/styles.py" line="245"/>
        <source>Drains</source>
        <translation>Fossés de drainage</translation>
    </message>
</context>
<context>
    <name>WashCheckText</name>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="130"/>
        <source>Households within the water point distance</source>
        <translation>Ménages dans la distance requise d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="134"/>
        <source>Households within the toilet distance</source>
        <translation>Ménages dans la distance requise d'une toilette</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="135"/>
        <source>People per functional toilet</source>
        <translation>Personnes par toilette fonctionnelle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="136"/>
        <source>Latrines closer to a water point than allowed</source>
        <translation>Latrines trop proches d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="137"/>
        <source>Female toilets per male toilet</source>
        <translation>Toilettes pour femmes par toilette pour hommes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="131"/>
        <source>Overloaded taps</source>
        <translation>Robinets surchargés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="132"/>
        <source>Overloaded hand pumps</source>
        <translation>Pompes à motricité humaine surchargées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="133"/>
        <source>Overloaded open wells</source>
        <translation>Puits ouverts surchargés</translation>
    </message>
</context>
<context>
    <name>WashCoverage</name>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="78"/>
        <source>WASH coverage (Sphere)</source>
        <translation>Couverture EHA (Sphère)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="81"/>
        <source>WASH</source>
        <translation>EHA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="87"/>
        <source>water,latrine,toilet,sanitation,EHA,eau,assainissement,Sphere,coverage,distance,ratio,gap</source>
        <translation>eau,latrine,toilette,assainissement,EHA,Sphère,Sphere,couverture,distance,ratio,lacune</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="99"/>
        <source>For every shelter (or household plot): the distance to the nearest functional water point and latrine, checked against the standard; for every facility: the people it serves (each household counts at its nearest functional facility) against its capacity; the parts of the site out of reach; and where new water points and latrines would close the gaps.</source>
        <translation>Pour chaque abri (ou parcelle de ménage) : la distance au point d'eau et à la latrine fonctionnels les plus proches, comparée à la norme ; pour chaque infrastructure : les personnes qu'elle dessert (chaque ménage est compté à l'infrastructure fonctionnelle la plus proche) par rapport à sa capacité ; les parties du site hors de portée ; et les emplacements où de nouveaux points d'eau et de nouvelles latrines combleraient les lacunes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="105"/>
        <source>Standard figures used</source>
        <translation>Valeurs de référence utilisées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="120"/>
        <source>Shelters and population</source>
        <translation>Abris et population</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="127"/>
        <source>Facilities</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="138"/>
        <source>Distances</source>
        <translation>Distances</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="149"/>
        <source>Gaps and suggestions</source>
        <translation>Lacunes et propositions</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="194"/>
        <source>Shelters or household plots</source>
        <translation>Abris ou parcelles des ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="194"/>
        <source>One feature per household (shelter points or plot polygons).</source>
        <translation>Une entité par ménage (points d'abri ou polygones de parcelle).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="198"/>
        <source>Population field</source>
        <translation>Champ de population</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="198"/>
        <source>People per shelter; empty: every shelter counts the household size.</source>
        <translation>Personnes par abri ; vide : chaque abri compte la taille du ménage.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="563"/>
        <source>Site boundary</source>
        <translation>Limite du site</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="208"/>
        <source>The site area for gaps and suggestions; empty: the convex hull of the shelters.</source>
        <translation>La zone du site pour les lacunes et les propositions ; vide : l'enveloppe convexe des abris.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="428"/>
        <source>Water points</source>
        <translation>Points d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="214"/>
        <source>Taps, hand pumps and wells.</source>
        <translation>Robinets, pompes à motricité humaine et puits.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="217"/>
        <source>Water point identifier field</source>
        <translation>Champ d'identifiant du point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="222"/>
        <source>Water point type field</source>
        <translation>Champ du type de point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="222"/>
        <source>tap / handpump / well (robinet / pompe / puits).</source>
        <translation>robinet / pompe / puits (tap / handpump / well).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="226"/>
        <source>Default water point type</source>
        <translation>Type de point d'eau par défaut</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="226"/>
        <source>Tap</source>
        <translation>Robinet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="226"/>
        <source>Hand pump</source>
        <translation>Pompe à motricité humaine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="226"/>
        <source>Open well</source>
        <translation>Puits ouvert</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="226"/>
        <source>For water points without a (known) type, and for suggested new ones.</source>
        <translation>Pour les points d'eau sans type (connu), et pour les nouveaux points proposés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="235"/>
        <source>Water point functional field</source>
        <translation>Champ de fonctionnement du point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="235"/>
        <source>yes/no, oui/non...; non-functional water points serve nobody.</source>
        <translation>oui/non, yes/no... ; les points d'eau non fonctionnels ne desservent personne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="465"/>
        <source>Latrines</source>
        <translation>Latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="242"/>
        <source>Latrine blocks or single latrines.</source>
        <translation>Blocs de latrines ou latrines individuelles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="245"/>
        <source>Latrine identifier field</source>
        <translation>Champ d'identifiant de la latrine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="250"/>
        <source>Cubicles field</source>
        <translation>Champ des cabines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="250"/>
        <source>Toilets (cubicles) per latrine feature; empty: 1.</source>
        <translation>Toilettes (cabines) par entité latrine ; vide : 1.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="254"/>
        <source>Gender field</source>
        <translation>Champ du sexe</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="272"/>
        <source>Latrine functional field</source>
        <translation>Champ de fonctionnement de la latrine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="272"/>
        <source>yes/no, oui/non...; non-functional latrines serve nobody.</source>
        <translation>oui/non, yes/no... ; les latrines non fonctionnelles ne desservent personne.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="280"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="280"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="280"/>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="285"/>
        <source>Path network (walking distances)</source>
        <translation>Réseau de chemins (distances à pied)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="285"/>
        <source>Paths and roads; empty: straight-line distances.</source>
        <translation>Chemins et routes ; vide : distances à vol d'oiseau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="295"/>
        <source>New water points to suggest (-1: as many as needed)</source>
        <translation>Nouveaux points d'eau à proposer (-1 : autant que nécessaire)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="299"/>
        <source>0 suggests none.</source>
        <translation>0 : aucune proposition.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="299"/>
        <source>New latrines to suggest (-1: as many as needed)</source>
        <translation>Nouvelles latrines à proposer (-1 : autant que nécessaire)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="329"/>
        <source>Shelters with WASH access</source>
        <translation>Abris avec accès EHA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="331"/>
        <source>Water points with load</source>
        <translation>Points d'eau avec charge</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="333"/>
        <source>Latrines with load</source>
        <translation>Latrines avec charge</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="336"/>
        <source>Coverage gaps</source>
        <translation>Zones non couvertes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="342"/>
        <source>Suggested new facilities</source>
        <translation>Nouvelles infrastructures proposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="345"/>
        <source>WASH report</source>
        <translation>Rapport EHA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="345"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="518"/>
        <source>{0} shelter(s) have no valid value in &apos;{1}&apos;; they count the household size ({2})</source>
        <translation>{0} abri(s) sans valeur valide dans « {1} » ; ils comptent la taille du ménage ({2})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="550"/>
        <source>{0}: {1} multi-part feature(s) located at their centroid</source>
        <translation>{0} : {1} entité(s) multipartie(s) localisée(s) à leur centroïde</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="555"/>
        <source>{0}: {1} feature(s) without geometry skipped</source>
        <translation>{0} : {1} entité(s) sans géométrie ignorée(s)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="699"/>
        <source>Shelters</source>
        <translation>Abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="410"/>
        <source>The shelter layer is empty: give shelters or plots.</source>
        <translation>La couche des abris est vide : fournissez des abris ou des parcelles.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="418"/>
        <source>No shelter has a location: check the geometries of the shelter layer.</source>
        <translation>Aucun abri n'est localisé : vérifiez les géométries de la couche des abris.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="402"/>
        <source>functional</source>
        <translation>fonctionnel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="443"/>
        <source>No functional water point: every household is out of reach of water; see the suggested new water points.</source>
        <translation>Aucun point d'eau fonctionnel : tous les ménages sont hors de portée de l'eau ; voir les nouveaux points d'eau proposés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="567"/>
        <source>The site boundary layer has no valid polygon.</source>
        <translation>La couche de limite du site n'a aucun polygone valide.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="575"/>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="577"/>
        <source>Path network: {0} segments, {1} nodes, {2} separate part(s)</source>
        <translation>Réseau de chemins : {0} segments, {1} nœuds, {2} partie(s) distincte(s)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="396"/>
        <source>{0}: unknown value &apos;{1}&apos; on {2} feature(s), read as: {3}</source>
        <translation>{0} : valeur inconnue « {1} » sur {2} entité(s), lue comme : {3}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="412"/>
        <source>Distances are measured in metres in the coordinate reference system {0}</source>
        <translation>Les distances sont mesurées en mètres dans le système de coordonnées de référence {0}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="477"/>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="716"/>
        <source>meets the standard</source>
        <translation>conforme à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="716"/>
        <source>does not meet the standard</source>
        <translation>non conforme à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="656"/>
        <source>tap</source>
        <translation>robinet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="656"/>
        <source>hand pump</source>
        <translation>pompe à motricité humaine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="656"/>
        <source>open well</source>
        <translation>puits ouvert</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="751"/>
        <source>{0}: {1} shelter(s) farther than the maximum snapping distance from every path: no walking distance</source>
        <translation>{0} : {1} abri(s) plus loin de tout chemin que la distance maximale d'accrochage : pas de distance à pied</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="755"/>
        <source>{0}: {1} shelter(s) on a part of the path network with no functional water point</source>
        <translation>{0} : {1} abri(s) sur une partie du réseau de chemins sans point d'eau fonctionnel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="259"/>
        <source>Female cubicles field</source>
        <translation>Champ des cabines femmes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="259"/>
        <source>Male cubicles field</source>
        <translation>Champ des cabines hommes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="526"/>
        <source>{0} latrine(s) have no valid whole number in &apos;{1}&apos;; they count as {2} cubicle(s) in that field</source>
        <translation>{0} latrine(s) sans nombre entier valide dans « {1} » ; elles comptent pour {2} cabine(s) dans ce champ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="91"/>
        <source>Checks every household&apos;s distance to water points and latrines and each facility&apos;s load against Sphere or UNHCR, maps the gaps and suggests where new facilities go.</source>
        <translation>Vérifie la distance de chaque ménage aux points d'eau et aux latrines et la charge de chaque ouvrage selon Sphère ou le HCR, cartographie les zones non desservies et propose l'emplacement de nouveaux ouvrages.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="716"/>
        <source>{0}: {1}, {2}</source>
        <translation>{0} : {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="105"/>
        <source>{0} (default): distance from a household to a water point {1}; to a toilet {2}; people per tap {3}, per hand pump {4}, per open well {5} (each water point is checked against the figure of its own type); people per toilet {6} in the emergency phase and {7} in the medium term; female toilets per male toilet {8}; distance from a toilet to any water point {9}. {10}: water point {11}, people per tap {12}. A figure exactly on the threshold follows the standard&apos;s own comparison (a strict &apos;&lt;&apos; fails at the figure itself, &apos;&lt;=&apos; meets it). Your own profile file replaces all of these.</source>
        <translation>{0} (par défaut) : distance d'un ménage à un point d'eau {1} ; à une toilette {2} ; personnes par robinet {3}, par pompe à motricité humaine {4}, par puits ouvert {5} (chaque point d'eau est vérifié au regard de la valeur de son propre type) ; personnes par toilette {6} en phase d'urgence et {7} à moyen terme ; toilettes pour femmes par toilette pour hommes {8} ; distance d'une toilette à tout point d'eau {9}. {10} : point d'eau {11}, personnes par robinet {12}. Une valeur située exactement sur le seuil suit la comparaison propre à la norme (un « &lt; » strict échoue à la valeur elle-même, « &lt;= » la respecte). Votre propre fichier de profil remplace toutes ces valeurs.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="120"/>
        <source>Shelters may be points or polygons (a polygon counts at its centroid, or at a point on its surface when the centroid falls outside). People per shelter come from the population field; shelters without a valid value (empty, text, negative), or all shelters when no field is given, count the household size (0: the profile&apos;s people per household, {0}). A population above {1} people in one shelter is refused as a data error.</source>
        <translation>Les abris peuvent être des points ou des polygones (un polygone compte à son centroïde, ou en un point de sa surface lorsque le centroïde tombe à l'extérieur). Les personnes par abri proviennent du champ de population ; les abris sans valeur valide (vide, texte, négative), ou tous les abris lorsqu'aucun champ n'est indiqué, comptent la taille du ménage (0 : les personnes par ménage du profil, {0}). Une population de plus de {1} personnes dans un seul abri est refusée comme erreur de données.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="127"/>
        <source>Identifiers: the shelters output carries the id of each shelter&apos;s nearest water point (wp_id) and latrine (lat_id). Without an identifier field chosen, the field named like an id (wp_id, latrine_id, id, code...) is read, so the outputs join the facility layers; ids carried by more than one feature are listed in the log and the report. Water point type: tap, handpump or well (also robinet, pompe, puits; any case or accent); unknown values take the default type and are listed in the log. Functional status: yes/no, oui/non, fonctionnel/en panne...; a facility marked not functional is listed but serves nobody. An empty water point or latrine layer means none exists: every household is out of reach of it. A latrine has 1 cubicle unless the cubicles field says otherwise; gender: female/male/mixed or femmes/hommes/mixte.</source>
        <translation>Identifiants : la sortie des abris porte l'identifiant du point d'eau (wp_id) et de la latrine (lat_id) les plus proches de chaque abri. Si aucun champ d'identifiant n'est choisi, le champ nommé comme un identifiant (wp_id, latrine_id, id, code...) est lu, de sorte que les sorties se joignent aux couches des infrastructures ; les identifiants portés par plus d'une entité sont listés dans le journal et dans le rapport. Type de point d'eau : tap, handpump ou well (ou robinet, pompe, puits ; casse et accents indifférents) ; les valeurs inconnues prennent le type par défaut et sont listées dans le journal. État de fonctionnement : yes/no, oui/non, fonctionnel/en panne... ; une infrastructure marquée non fonctionnelle est listée mais ne dessert personne. Une couche de points d'eau ou de latrines vide signifie qu'il n'en existe aucun : tous les ménages sont hors de portée. Une latrine a 1 cabine sauf si le champ des cabines indique autre chose ; genre : female/male/mixed ou femmes/hommes/mixte.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="149"/>
        <source>Gap polygons are traced on a grid (a fiftieth of the smallest standard distance, coarser for very large sites; parts of the site far apart get grids of their own): a cell is a gap when its centre is out of reach. A cell holding an out-of-reach household is always a gap, so the people counted in the gap polygons are exactly the people out of reach. The area is the site layer when given, otherwise the convex hull of the shelters. New facilities are chosen by greedy maximal covering with capacity among candidate points inside the area: each new water point serves at most the capacity of the default type; new latrines keep the distance {0} from every water point (existing or suggested). Households beyond the capacity of an overloaded facility (the farthest first) count as demand too. In the two &apos;to suggest&apos; parameters, 0 suggests none and -1 as many as full coverage needs.</source>
        <translation>Les polygones de lacune sont tracés sur une grille (un cinquantième de la plus petite distance de la norme, plus grossière pour les très grands sites ; les parties du site éloignées les unes des autres ont chacune leur propre grille) : une cellule est une lacune lorsque son centre est hors de portée. Une cellule qui contient un ménage hors de portée est toujours une lacune, de sorte que les personnes comptées dans les polygones de lacune sont exactement les personnes hors de portée. La zone est la couche des sites lorsqu'elle est fournie, sinon l'enveloppe convexe des abris. Les nouvelles infrastructures sont choisies par couverture maximale gloutonne avec capacité parmi des points candidats situés dans la zone : chaque nouveau point d'eau dessert au plus la capacité du type par défaut ; les nouvelles latrines restent à la distance {0} de tout point d'eau (existant ou proposé). Les ménages au-delà de la capacité d'une infrastructure surchargée (les plus éloignés d'abord) comptent aussi dans la demande. Dans les deux paramètres « à proposer », 0 n'en propose aucun et -1 en propose autant que la couverture complète l'exige.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="202"/>
        <source>Household size (people; 0: the standard&apos;s)</source>
        <translation>Taille du ménage (personnes ; 0 : celle de la norme)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="202"/>
        <source>People per shelter where no population value is given; 0 takes the profile&apos;s people per household ({0}).</source>
        <translation>Personnes par abri lorsqu'aucune valeur de population n'est indiquée ; 0 utilise les personnes par ménage du profil ({0}).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="217"/>
        <source>Written as wp_id on shelters; empty: the field named like an id (wp_id, id, code...), else the feature id.</source>
        <translation>Écrit dans wp_id sur les abris ; vide : le champ nommé comme un identifiant (wp_id, id, code...), sinon l'identifiant de l'entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="245"/>
        <source>Written as lat_id on shelters; empty: the field named like an id (lat_id, latrine_id, id, code...), else the feature id.</source>
        <translation>Écrit dans lat_id sur les abris ; vide : le champ nommé comme un identifiant (lat_id, latrine_id, id, code...), sinon l'identifiant de l'entité.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="254"/>
        <source>female / male / mixed (femmes / hommes / mixte), for the check of female toilets per male toilet.</source>
        <translation>female / male / mixed (femmes / hommes / mixte), pour la vérification des toilettes pour femmes par toilette pour hommes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="261"/>
        <source>For latrine blocks with both female and male cubicles (such as the Site layout output&apos;s female_cubicles and male_cubicles): give both fields and they replace the gender field in the check of female toilets per male toilet.</source>
        <translation>Pour les blocs de latrines qui ont à la fois des cabines pour femmes et des cabines pour hommes (comme les champs female_cubicles et male_cubicles de la sortie d'Aménagement du site) : indiquez les deux champs ; ils remplacent le champ de genre dans la vérification des toilettes pour femmes par toilette pour hommes.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="280"/>
        <source>People per toilet: {0} in an emergency, {1} in the medium term.</source>
        <translation>Personnes par toilette : {0} en urgence, {1} à moyen terme.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="289"/>
        <source>Maximum snapping distance to the paths (metres)</source>
        <translation>Distance maximale d'accrochage aux chemins (mètres)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="289"/>
        <source>In metres on the ground, whatever the layers&apos; CRS: shelters and facilities farther than this from every path are off the network.</source>
        <translation>En mètres sur le terrain, quel que soit le SCR des couches : les abris et les infrastructures situés plus loin que cette distance de tout chemin sont hors réseau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="379"/>
        <source>{0}: identifiers read from the field &apos;{1}&apos; (choose another identifier field to change it)</source>
        <translation>{0} : identifiants lus dans le champ « {1} » (choisissez un autre champ d'identifiant pour le changer)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="383"/>
        <source>{0}: the identifier &apos;{1}&apos; in &apos;{2}&apos; is carried by {3} features: outputs that name it cannot tell them apart; give each feature its own identifier</source>
        <translation>{0} : l'identifiant « {1} » dans « {2} » est porté par {3} entités : les sorties qui le citent ne peuvent pas les distinguer ; donnez à chaque entité son propre identifiant</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="435"/>
        <source>The water point layer is empty: no water point exists, so every household is out of reach of water; see the suggested new water points.</source>
        <translation>La couche des points d'eau est vide : aucun point d'eau n'existe, donc tous les ménages sont hors de portée de l'eau ; voir les nouveaux points d'eau proposés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="486"/>
        <source>{0}: {1} latrine(s) have 0 cubicles: they have no toilet and serve nobody</source>
        <translation>{0} : {1} latrine(s) ont 0 cabine : elles n'ont aucune toilette et ne desservent personne</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="508"/>
        <source>The latrine layer is empty: no latrine exists, so every household is out of reach of a toilet; see the suggested new latrines.</source>
        <translation>La couche des latrines est vide : aucune latrine n'existe, donc tous les ménages sont hors de portée d'une toilette ; voir les nouvelles latrines proposées.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="512"/>
        <source>No latrine has a location: every household is out of reach of a toilet.</source>
        <translation>Aucune latrine n'est localisée : tous les ménages sont hors de portée d'une toilette.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="695"/>
        <source>{0} shelter(s) lie outside the site boundary: they are measured all the same and counted in the gap nearest them; check the site boundary or the shelters</source>
        <translation>{0} abri(s) se trouvent hors de la limite du site : ils sont tout de même mesurés et comptés dans la lacune la plus proche ; vérifiez la limite du site ou les abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="166"/>
        <source>Floods</source>
        <translation>Inondations</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="166"/>
        <source>With flood hazard rasters or observed flood extents, the audit is run again in each scenario, as the flood exposure reads them (a depth cell is wet above the wet threshold, {0}; binary: non-zero; classified: every class after the first). A water point or latrine on wet land is out of service; on unknown land (nodata, outside the raster, a code missing from the class table) its service is unknown, never taken as dry, and the log says so. Along a path network, every stretch of path through water deeper than the passable depth {1} is cut (without a depth: every wet stretch). Shelters on wet land are flagged (flooded_*). Each household is measured twice: with what stands on unknown land still serving, and without it; where the two disagree its verdict (wp_ok_*, lat_ok_*) is empty (unknown). Distances, loads and gaps per scenario are those of the first case, so a gap is out of reach whatever the unknown land holds. wp_lost_* marks the households within the standard without the flood and out of it in the scenario. Fields per scenario end with its name in lower case (wp_ok_q10, in_service_q10); the gaps of every scenario go to their own layer, with a scenario field; the report has a table of the scenarios.</source>
        <translation>Avec des rasters d'aléa d'inondation ou des emprises d'inondation observées, l'audit est refait dans chaque scénario, tel que l'exposition aux inondations les lit (une cellule de hauteur d'eau est inondée au-dessus du seuil d'inondation, {0} ; binaire : non nul ; classifié : chaque classe après la première). Un point d'eau ou une latrine sur un terrain inondé est hors service ; sur un terrain inconnu (sans données, hors du raster, code absent de la table des classes), son service est inconnu, jamais considéré comme sec, et le journal le signale. Le long d'un réseau de chemins, chaque tronçon de chemin traversant une eau plus profonde que la hauteur praticable {1} est coupé (sans hauteur d'eau : chaque tronçon inondé). Les abris sur un terrain inondé sont signalés (flooded_*). Chaque ménage est mesuré deux fois : avec ce qui se trouve sur un terrain inconnu encore en service, et sans ; là où les deux diffèrent, son verdict (wp_ok_*, lat_ok_*) est vide (inconnu). Les distances, charges et lacunes par scénario sont celles du premier cas, de sorte qu'une lacune est hors de portée quoi que contienne le terrain inconnu. wp_lost_* marque les ménages dans la norme sans l'inondation et hors de celle-ci dans le scénario. Les champs par scénario se terminent par son nom en minuscules (wp_ok_q10, in_service_q10) ; les lacunes de chaque scénario vont dans leur propre couche, avec un champ scenario ; le rapport contient un tableau des scénarios.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="307"/>
        <source>Flood hazard rasters (one per scenario)</source>
        <translation>Rasters d'aléa d'inondation (un par scénario)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="307"/>
        <source>Flood depth (m), binary extent or classified rasters, one per scenario (such as 10-, 50- and 100-year floods), read as the flood exposure reads them. In each scenario water points and latrines on wet land are out of service, paths are cut where the water is deeper than {0} and shelters on wet land are flagged.</source>
        <translation>Rasters de hauteur d'eau (m), d'emprise binaire ou classifiés, un par scénario (par exemple des crues de 10, 50 et 100 ans), lus tels que l'exposition aux inondations les lit. Dans chaque scénario, les points d'eau et les latrines sur un terrain inondé sont hors service, les chemins sont coupés là où l'eau est plus profonde que {0} et les abris sur un terrain inondé sont signalés.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="314"/>
        <source>Scenario names (comma-separated; empty: layer names)</source>
        <translation>Noms des scénarios (séparés par des virgules ; vide : noms des couches)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="314"/>
        <source>One name per hazard raster, then per flood extent layer, such as Q10,Q50,Q100. Fields per scenario end with the name in lower case (wp_ok_q10).</source>
        <translation>Un nom par raster d'aléa, puis par couche d'emprise d'inondation, par exemple Q10,Q50,Q100. Les champs par scénario se terminent par le nom en minuscules (wp_ok_q10).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="318"/>
        <source>Observed flood extents (polygons, one scenario each)</source>
        <translation>Emprises d'inondation observées (polygones, un scénario chacune)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="318"/>
        <source>Flood extent polygons (UNOSAT, Copernicus EMS): inside = wet. Without a depth, every wet stretch of path is cut.</source>
        <translation>Polygones d'emprise d'inondation (UNOSAT, Copernicus EMS) : intérieur = inondé. Sans hauteur d'eau, chaque tronçon de chemin inondé est coupé.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="323"/>
        <source>What the raster cells hold. Nodata and cells outside the raster are unknown, never dry: a facility there has an unknown service.</source>
        <translation>Ce que contiennent les cellules raster. Les cellules sans données et hors du raster sont inconnues, jamais sèches : une infrastructure qui s'y trouve a un service inconnu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="339"/>
        <source>Coverage gaps per flood scenario</source>
        <translation>Lacunes de couverture par scénario d'inondation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="361"/>
        <source>Flood scenarios</source>
        <translation>Scénarios d'inondation</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="598"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): raster {2}, {3} x {4} cells, {5}</source>
        <translation>Scénario « {0} » (champs *_{1}) : raster {2}, {3} x {4} cellules, {5}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="604"/>
        <source>Scenario &apos;{0}&apos; (fields *_{1}): flood extent &apos;{2}&apos;</source>
        <translation>Scénario « {0} » (champs *_{1}) : emprise d'inondation « {2} »</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="607"/>
        <source>Wet land: depth above {0} m; paths are cut where the water is deeper than {1}</source>
        <translation>Terrain inondé : hauteur d'eau supérieure à {0} m ; les chemins sont coupés là où l'eau est plus profonde que {1}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="611"/>
        <source>No depth: every wet stretch of path is cut</source>
        <translation>Pas de hauteur d'eau : chaque tronçon de chemin inondé est coupé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="620"/>
        <source>Scenario &apos;{0}&apos;: {1} water point(s) on wet land out of service; {2} people lose water within the standard distance, {3} people&apos;s access to water is unknown; {4} shelter(s) on wet land</source>
        <translation>Scénario « {0} » : {1} point(s) d'eau sur terrain inondé hors service ; {2} personnes perdent l'accès à l'eau dans la distance de la norme, l'accès à l'eau de {3} personnes est inconnu ; {4} abri(s) sur terrain inondé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="626"/>
        <source>Scenario &apos;{0}&apos;: {1} latrine(s) on wet land out of service; {2} people lose a toilet within the standard distance</source>
        <translation>Scénario « {0} » : {1} latrine(s) sur terrain inondé hors service ; {2} personnes perdent une toilette dans la distance de la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="631"/>
        <source>Scenario &apos;{0}&apos;: {1} m of path cut by water deeper than the passable depth</source>
        <translation>Scénario « {0} » : {1} m de chemin coupés par une eau plus profonde que la hauteur praticable</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="633"/>
        <source>water point(s)</source>
        <translation>point(s) d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="633"/>
        <source>latrine(s)</source>
        <translation>latrine(s)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="636"/>
        <source>Scenario &apos;{0}&apos;: {1} {2} on unknown land (nodata or outside the raster): service unknown, never counted as dry; the households they decide have an unknown verdict (empty *_ok field)</source>
        <translation>Scénario « {0} » : {1} {2} sur terrain inconnu (sans données ou hors du raster) : service inconnu, jamais compté comme sec ; les ménages dont ils décident ont un verdict inconnu (champ *_ok vide)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="641"/>
        <source>Scenario &apos;{0}&apos;: {1} shelter(s) on unknown land (nodata or outside the raster): not known to be dry (empty flooded field)</source>
        <translation>Scénario « {0} » : {1} abri(s) sur terrain inconnu (sans données ou hors du raster) : non reconnus comme secs (champ flooded vide)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="646"/>
        <source>Scenario &apos;{0}&apos;: {1} m of path on unknown land: walks through it give an unknown verdict</source>
        <translation>Scénario « {0} » : {1} m de chemin sur terrain inconnu : les trajets qui le traversent donnent un verdict inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="650"/>
        <source>Scenario &apos;{0}&apos;: {1} blocks of raster &apos;{2}&apos; ({3}) could not be read ({4}); their cells are unknown, never dry. Download or export the file again and run again.</source>
        <translation>Scénario « {0} » : {1} blocs du raster « {2} » ({3}) n'ont pas pu être lus ({4}) ; leurs cellules sont inconnues, jamais sèches. Téléchargez ou exportez de nouveau le fichier et relancez.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="348"/>
        <source>People counted (all shelters)</source>
        <translation>Personnes comptées (tous les abris)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="349"/>
        <source>Share of people within the water point distance (%)</source>
        <translation>Part des personnes dans la distance requise d'un point d'eau (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="350"/>
        <source>Share of people within the toilet distance (%)</source>
        <translation>Part des personnes dans la distance requise d'une toilette (%)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="351"/>
        <source>People per functional water point</source>
        <translation>Personnes par point d'eau fonctionnel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="352"/>
        <source>People per functional toilet</source>
        <translation>Personnes par toilette fonctionnelle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="353"/>
        <source>Water points over capacity</source>
        <translation>Points d'eau surchargés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="354"/>
        <source>Latrines over capacity</source>
        <translation>Latrines surchargées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="355"/>
        <source>Latrines too close to a water point</source>
        <translation>Latrines trop proches d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="356"/>
        <source>Female toilets per male toilet</source>
        <translation>Cabines femmes par cabine hommes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="357"/>
        <source>Water points suggested</source>
        <translation>Points d'eau proposés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="358"/>
        <source>Latrines suggested</source>
        <translation>Latrines proposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="230"/>
        <source>Taps field</source>
        <translation>Champ des robinets</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="230"/>
        <source>Taps of each tapstand (such as the Site layout output&apos;s taps): a tapstand of n taps serves n times the people per tap; empty: 1 tap per water point.</source>
        <translation>Robinets de chaque borne-fontaine (comme le champ taps de la sortie d'Aménagement du site) : une borne-fontaine de n robinets dessert n fois le nombre de personnes par robinet ; vide : 1 robinet par point d'eau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="456"/>
        <source>{0} water point(s) have no valid whole number in &apos;{1}&apos;; they count as 1 tap</source>
        <translation>{0} point(s) d'eau sans nombre entier valide dans « {1} » ; ils comptent pour 1 robinet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="266"/>
        <source>Latrine block field</source>
        <translation>Champ du bloc de latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="266"/>
        <source>Latrines sharing a value are the compartments of one block (such as the Site layout output&apos;s block field): a household counts at the block, and the block&apos;s load is shared by all its cubicles. Empty: every latrine feature stands alone.</source>
        <translation>Les latrines qui partagent une valeur sont les compartiments d'un même bloc (comme le champ block de la sortie de l'Aménagement de site) : un ménage compte au bloc, et la charge du bloc est partagée par toutes ses cabines. Vide : chaque entité latrine compte seule.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="500"/>
        <source>{0}: {1} latrine(s) stand at the same point as another. If they are the compartments of one block, give the latrine block field so they share its load; else each counts its own households.</source>
        <translation>{0} : {1} latrine(s) se trouvent au même point qu'une autre. Si ce sont les compartiments d'un même bloc, indiquez le champ du bloc de latrines pour qu'ils en partagent la charge ; sinon chacune compte ses propres ménages.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/algorithm.py" line="138"/>
        <source>Straight-line distances in metres on the ground: in the shelters&apos; own projected CRS, or their UTM zone; a layer spanning several zones (a national layer) is measured with each shelter in its own UTM zone (within 0.1 % of the geodesic distance). With a path layer, walking distances along the paths: lines are joined where they cross, each shelter and facility is attached to the nearest point of the network (the snapping distance is reported and counted in the distance), and one as near two paths to within 1 cm (a corner plot between its lane and a side lane) walks out by the shorter; a shelter or facility farther than the maximum snapping distance (metres) is off the network and has no walking distance. Suggestions always use straight-line reach.</source>
        <translation>Distances à vol d'oiseau en mètres sur le terrain : dans le SCR projeté propre aux abris, ou dans leur zone UTM ; une couche qui couvre plusieurs zones (une couche nationale) est mesurée avec chaque abri dans sa propre zone UTM (à 0,1 % près de la distance géodésique). Avec une couche de chemins, distances à pied le long des chemins : les lignes sont reliées là où elles se croisent, chaque abri et chaque infrastructure est rattaché au point le plus proche du réseau (la distance d'accrochage est indiquée et comptée dans la distance), et celui qui est aussi près de deux chemins à 1 cm près (une parcelle d'angle entre sa ruelle et une ruelle latérale) sort par le plus court ; un abri ou une infrastructure situé plus loin que la distance maximale d'accrochage (en mètres) est hors réseau et n'a pas de distance à pied. Les propositions utilisent toujours la portée à vol d'oiseau.</translation>
    </message>
</context>
<context>
    <name>WashReport</name>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="9"/>
        <source>WASH coverage report</source>
        <translation>Rapport de couverture EHA</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="10"/>
        <source>Standard: {0}. Phase: {1}. Distances: {2}.</source>
        <translation>Norme : {0}. Phase : {1}. Distances : {2}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="10"/>
        <source>emergency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="10"/>
        <source>medium term</source>
        <translation>moyen terme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="10"/>
        <source>walking distance along the path network</source>
        <translation>distance à pied le long du réseau de chemins</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="10"/>
        <source>straight line</source>
        <translation>à vol d'oiseau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="36"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="37"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="38"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="39"/>
        <source>Water points (functional / all)</source>
        <translation>Points d'eau (fonctionnels / total)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="41"/>
        <source>People per functional water point</source>
        <translation>Personnes par point d'eau fonctionnel</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="43"/>
        <source>Latrines (functional / all)</source>
        <translation>Latrines (fonctionnelles / total)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="45"/>
        <source>Functional toilets (cubicles)</source>
        <translation>Toilettes fonctionnelles (cabines)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="46"/>
        <source>People per functional toilet</source>
        <translation>Personnes par toilette fonctionnelle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="91"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="47"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="15"/>
        <source>Checks against the standard</source>
        <translation>Contrôles par rapport à la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="16"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="16"/>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="16"/>
        <source>Standard (source)</source>
        <translation>Norme (source)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="16"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="50"/>
        <source>Water points</source>
        <translation>Points d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="52"/>
        <source>Water point</source>
        <translation>Point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="52"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="60"/>
        <source>People served</source>
        <translation>Personnes desservies</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="60"/>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="59"/>
        <source>Latrines overloaded or too close to water</source>
        <translation>Latrines surchargées ou trop proches de l'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="60"/>
        <source>Latrine</source>
        <translation>Latrine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="60"/>
        <source>Nearest water point (m)</source>
        <translation>Point d'eau le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="67"/>
        <source>Gaps and suggested new facilities</source>
        <translation>Zones non couvertes et nouvelles infrastructures proposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="68"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="71"/>
        <source>Latrines</source>
        <translation>Latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="74"/>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="74"/>
        <source>Gap areas</source>
        <translation>Zones non couvertes</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="74"/>
        <source>People out of reach</source>
        <translation>Personnes hors de portée</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="74"/>
        <source>Suggested</source>
        <translation>Proposées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="74"/>
        <source>People they would serve</source>
        <translation>Personnes qu'elles desserviraient</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="76"/>
        <source>Gap areas are traced on a grid of {0} m cells.</source>
        <translation>Les zones non couvertes sont tracées sur une grille de cellules de {0} m.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="122"/>
        <source>tap</source>
        <translation>robinet</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="122"/>
        <source>hand pump</source>
        <translation>pompe à motricité humaine</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="122"/>
        <source>open well</source>
        <translation>puits ouvert</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="28"/>
        <source>Shelters</source>
        <translation>Abris</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="29"/>
        <source>Identifiers carried by more than one feature</source>
        <translation>Identifiants portés par plus d'une entité</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="30"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="30"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="30"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="30"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="83"/>
        <source>Floods: access per scenario</source>
        <translation>Inondations : accès par scénario</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="84"/>
        <source>In each scenario, water points and latrines on wet land are out of service, shelters on wet land are flagged and paths are cut where the water is deeper than {0} (without a depth, every wet stretch). Unknown land (nodata, outside the raster) is never taken as dry: a facility there has an unknown service, and a household whose verdict it decides is counted as unknown.</source>
        <translation>Dans chaque scénario, les points d'eau et les latrines sur terrain inondé sont hors service, les abris sur terrain inondé sont signalés et les chemins sont coupés là où l'eau est plus profonde que {0} (sans hauteur d'eau, chaque tronçon inondé). Le terrain inconnu (sans données, hors du raster) n'est jamais considéré comme sec : une infrastructure qui s'y trouve a un service inconnu, et un ménage dont elle décide le verdict est compté comme inconnu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="92"/>
        <source>Shelters on wet land</source>
        <translation>Abris sur terrain inondé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="93"/>
        <source>People in shelters on wet land</source>
        <translation>Personnes dans des abris sur terrain inondé</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="94"/>
        <source>Shelters on unknown land</source>
        <translation>Abris sur terrain inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="95"/>
        <source>Water points on wet land (out of service)</source>
        <translation>Points d'eau sur terrain inondé (hors service)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="96"/>
        <source>Water points of unknown service</source>
        <translation>Points d'eau au service inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="97"/>
        <source>Households within the water point distance</source>
        <translation>Ménages dans la distance requise d'un point d'eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="98"/>
        <source>People who lose water within the standard distance</source>
        <translation>Personnes qui perdent l'accès à l'eau dans la distance de la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="99"/>
        <source>People whose access to water is unknown</source>
        <translation>Personnes dont l'accès à l'eau est inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="100"/>
        <source>Overloaded water points</source>
        <translation>Points d'eau surchargés</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="101"/>
        <source>People in water gaps</source>
        <translation>Personnes dans les lacunes en eau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="103"/>
        <source>Latrines on wet land (out of service)</source>
        <translation>Latrines sur terrain inondé (hors service)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="104"/>
        <source>Latrines of unknown service</source>
        <translation>Latrines au service inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="105"/>
        <source>Households within the toilet distance</source>
        <translation>Ménages dans la distance requise d'une toilette</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="106"/>
        <source>People who lose a toilet within the standard distance</source>
        <translation>Personnes qui perdent une toilette dans la distance de la norme</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="107"/>
        <source>People whose access to a toilet is unknown</source>
        <translation>Personnes dont l'accès à une toilette est inconnu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="108"/>
        <source>Overloaded latrines</source>
        <translation>Latrines surchargées</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="109"/>
        <source>People in latrine gaps</source>
        <translation>Personnes dans les lacunes en latrines</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="110"/>
        <source>Path cut by deep water (m)</source>
        <translation>Chemin coupé par une eau profonde (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/wash/report.py" line="111"/>
        <source>Path on unknown land (m)</source>
        <translation>Chemin sur terrain inconnu (m)</translation>
    </message>
</context>
</TS>
