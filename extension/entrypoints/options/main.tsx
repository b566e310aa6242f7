import { createRoot } from 'react-dom/client';
import '../../ui/pages.css';
import { OptionsPage } from './OptionsPage';

createRoot(document.getElementById('root')!).render(<OptionsPage />);
