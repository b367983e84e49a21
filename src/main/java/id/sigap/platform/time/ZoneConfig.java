package id.sigap.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.ZoneId;

/**
 * {@code sigap.zone}: the center's time zone, in which KPIs count days and rosters' shifts run. The
 * key is the prefix itself: a mapping of all of {@code sigap} would also claim keys that no mapping
 * reads, like the embedded database's.
 */
@ConfigMapping(prefix = "sigap.zone")
public interface ZoneConfig {

  @WithParentName
  @WithDefault("Asia/Jakarta")
  ZoneId zone();
}
