-- Reference data present in every profile: the 2025 cloud computing programme, its taxonomy,
-- the two committees that run it and the institutions named by the guideline.

insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises) values
('CLOUD-2025',
 'Cloud Computing Comprehensive Standardization System (2025)',
 '云计算综合标准化体系建设指南（2025版）',
 30, date '2027-12-31', 1000);

insert into domain (code, parent_code, name_en, name_zh, sort_order) values
('BAS', null, 'Basic', '基础', 10),
('TEC', null, 'Technical', '技术', 20),
('SRV', null, 'Service', '服务', 30),
('APP', null, 'Application', '应用', 40),
('MGT', null, 'Management', '管理', 50),
('SEC', null, 'Security', '安全', 60);

insert into domain (code, parent_code, name_en, name_zh, sort_order) values
('BAS.TERM',     'BAS', 'Terminology',                              '术语',           11),
('BAS.ARCH',     'BAS', 'Reference architecture',                   '参考架构',       12),
('BAS.TALENT',   'BAS', 'Talent and skills',                        '人才',           13),
('TEC.INFRA',    'TEC', 'Underlying support (infrastructure)',      '底层支撑',       21),
('TEC.PLATFORM', 'TEC', 'Platforms',                                '平台',           22),
('TEC.INTERACT', 'TEC', 'Interaction',                              '交互',           23),
('TEC.DEPLOY',   'TEC', 'Deployment',                               '部署',           24),
('SRV.IAAS',     'SRV', 'Infrastructure as a service (IaaS)',       '基础设施即服务', 31),
('SRV.PAAS',     'SRV', 'Platform as a service (PaaS)',             '平台即服务',     32),
('SRV.DAAS',     'SRV', 'Data as a service (DaaS)',                 '数据即服务',     33),
('SRV.AIAAS',    'SRV', 'AI as a service (AIaaS)',                  '人工智能即服务', 34),
('SRV.SAAS',     'SRV', 'Software as a service (SaaS)',             '软件即服务',     35),
('SRV.SECAAS',   'SRV', 'Security as a service (SecaaS)',           '安全即服务',     36),
('APP.IT',       'APP', 'Integration with other information technologies', '与其他信息技术融合', 41),
('APP.INDUSTRY', 'APP', 'Industry applications',                    '行业应用',       42),
('MGT.DESIGN',   'MGT', 'Design',                                   '设计',           51),
('MGT.DELIVERY', 'MGT', 'Delivery and deployment',                  '交付与部署',     52),
('MGT.OPS',      'MGT', 'Operation and maintenance',                '运行与运维',     53),
('MGT.QUALITY',  'MGT', 'Quality evaluation',                       '质量评价',       54),
('SEC.NET',      'SEC', 'Network security',                         '网络安全',       61),
('SEC.DATA',     'SEC', 'Data security',                            '数据安全',       62),
('SEC.SYSTEM',   'SEC', 'System security',                          '系统安全',       63),
('SEC.SERVICE',  'SEC', 'Service security',                         '服务安全',       64),
('SEC.APP',      'SEC', 'Application security',                     '应用安全',       65);

insert into committee (code, level, name_en, name_zh) values
('TC28-SC38', 'NATIONAL', 'SAC/TC28/SC38 Cloud computing and distributed platforms',
 '全国信息技术标准化技术委员会云计算和分布式平台分技术委员会'),
('CCSA-TC1',  'SECTOR',   'CCSA TC1 Internet and applications',
 '中国通信标准化协会互联网与应用技术工作委员会');

insert into organisation (code, name_en, name_zh) values
('CESI',  'China Electronics Standardization Institute', '中国电子技术标准化研究院'),
('CAICT', 'China Academy of Information and Communications Technology', '中国信息通信研究院'),
('CCSA',  'China Communications Standards Association', '中国通信标准化协会'),
('SAC',   'Standardization Administration of China', '国家标准化管理委员会'),
('MIIT',  'Ministry of Industry and Information Technology', '工业和信息化部');
