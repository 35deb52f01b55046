<fmt:message key="aging.title" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/> <small class="print-only"><c:out value="${today}"/></small></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/laporan/keluar'/>"><fmt:message key="report.sales.title"/></a>
        <a class="btn" href="<c:url value='/pelanggan'/>"><fmt:message key="customer.title"/></a>
        <button type="button" class="btn" id="print-report"><fmt:message key="receipt.print"/></button>
    </div>
</div>
<p class="muted"><fmt:message key="${nodeIdentity.roleName() == 'hub' ? 'aging.intro.hub' : 'aging.intro'}"><fmt:param value="${today}"/></fmt:message></p>
<div class="table-wrap">
<table class="data" id="aging-report">
    <thead><tr>
        <th><fmt:message key="receipt.customer"/></th>
        <th><fmt:message key="customer.type"/></th>
        <th class="num"><fmt:message key="aging.0to30"/></th>
        <th class="num"><fmt:message key="aging.31to60"/></th>
        <th class="num"><fmt:message key="aging.61to90"/></th>
        <th class="num"><fmt:message key="aging.over90"/></th>
        <th class="num"><fmt:message key="customer.balance"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${rows}" var="r">
        <tr>
            <td class="name"><a href="<c:url value='/pelanggan/rekening'><c:param name='id' value='${r.customer().id}'/></c:url>"><c:out value="${r.customer().name}"/></a></td>
            <td><fmt:message key="level.${r.customer().type}"/></td>
            <td class="num money"><c:out value="${r.days0to30() == 0 ? '' : cermin:rupiah(r.days0to30())}"/></td>
            <td class="num money"><c:out value="${r.days31to60() == 0 ? '' : cermin:rupiah(r.days31to60())}"/></td>
            <td class="num money ${r.days61to90() > 0 ? 'late' : ''}"><c:out value="${r.days61to90() == 0 ? '' : cermin:rupiah(r.days61to90())}"/></td>
            <td class="num money ${r.over90() > 0 ? 'late' : ''}"><c:out value="${r.over90() == 0 ? '' : cermin:rupiah(r.over90())}"/></td>
            <td class="num money"><strong><c:out value="${cermin:rupiah(r.balance())}"/></strong></td>
        </tr>
    </c:forEach>
    <c:if test="${empty rows}"><tr><td colspan="7" class="muted"><fmt:message key="aging.none"/></td></tr></c:if>
    </tbody>
    <c:if test="${not empty totals}">
    <tfoot><tr>
        <th colspan="2"><fmt:message key="takings.total"/></th>
        <th class="num money" id="aging-0to30"><c:out value="${cermin:rupiah(totals.days0to30())}"/></th>
        <th class="num money" id="aging-31to60"><c:out value="${cermin:rupiah(totals.days31to60())}"/></th>
        <th class="num money" id="aging-61to90"><c:out value="${cermin:rupiah(totals.days61to90())}"/></th>
        <th class="num money" id="aging-over90"><c:out value="${cermin:rupiah(totals.over90())}"/></th>
        <th class="num money" id="aging-total"><c:out value="${cermin:rupiah(totals.balance())}"/></th>
    </tr></tfoot>
    </c:if>
</table>
</div>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
