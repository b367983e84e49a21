package id.sigap.cases;

import id.sigap.procedure.InboundCriterion;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the ticked checklist as "C-IN-1,C-IN-4". */
@Converter
public class CriteriaConverter implements AttributeConverter<Set<InboundCriterion>, String> {

  @Override
  public String convertToDatabaseColumn(Set<InboundCriterion> criteria) {
    return criteria == null
        ? ""
        : criteria.stream().sorted().map(InboundCriterion::id).collect(Collectors.joining(","));
  }

  @Override
  public Set<InboundCriterion> convertToEntityAttribute(String column) {
    Set<InboundCriterion> criteria = EnumSet.noneOf(InboundCriterion.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(InboundCriterion::fromId).forEach(criteria::add);
    }
    return criteria;
  }
}
