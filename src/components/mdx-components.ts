/** Components available to every MDX file without imports (content/README.md documents them). */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Figure from './Figure.astro';
import ProblemTriangle from './ProblemTriangle.astro';
import ProcessDiagram from './ProcessDiagram.astro';
import Revision from './Revision.astro';
import StatisticsSelection from './StatisticsSelection.astro';
import Term from './Term.astro';
import Was from './Was.astro';
import ChecklistField from './fields/ChecklistField.astro';
import ChoiceField from './fields/ChoiceField.astro';
import DateField from './fields/DateField.astro';
import PriorityMatrix from './fields/PriorityMatrix.astro';
import RatingField from './fields/RatingField.astro';
import TableField from './fields/TableField.astro';
import TextArea from './fields/TextArea.astro';
import TextField from './fields/TextField.astro';

export const mdxComponents = {
  Callout,
  Checklist,
  Figure,
  ProblemTriangle,
  ProcessDiagram,
  Revision,
  StatisticsSelection,
  Term,
  Was,
  ChecklistField,
  ChoiceField,
  DateField,
  PriorityMatrix,
  RatingField,
  TableField,
  TextArea,
  TextField,
};
